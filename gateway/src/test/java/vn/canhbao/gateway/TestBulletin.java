package vn.canhbao.gateway;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds the Vietnamese CAP bulletins the gateway tests post: a flash-flood warning unless told otherwise. */
public final class TestBulletin {

    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private String identifier = "TEST-" + UUID.randomUUID();
    private String sender = "canhbao@kttv-vietbac.gov.vn";
    private OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
    private String status = "Actual";
    private String msgType = "Alert";
    private final List<String> references = new ArrayList<>();
    private final List<String> geocodes = new ArrayList<>();
    private OffsetDateTime expires;

    public static TestBulletin forWard(String code) {
        TestBulletin b = new TestBulletin();
        b.geocodes.add(code);
        return b;
    }

    public TestBulletin status(String status) {
        this.status = status;
        return this;
    }

    public TestBulletin msgType(String msgType) {
        this.msgType = msgType;
        return this;
    }

    public TestBulletin expires(OffsetDateTime expires) {
        this.expires = expires;
        return this;
    }

    /** Makes this bulletin supersede {@code original}. */
    public TestBulletin references(TestBulletin original) {
        references.add(original.sender + "," + original.identifier + "," + CAP_TIME.format(original.sent));
        sent = sent.plusSeconds(1);
        return this;
    }

    public String identifier() {
        return identifier;
    }

    public String xml() {
        StringBuilder areas = new StringBuilder();
        for (String code : geocodes) {
            areas.append("""
                          <geocode>
                            <valueName>DVHC</valueName>
                            <value>%s</value>
                          </geocode>
                    """.formatted(code));
        }
        String refs = references.isEmpty() ? "" : "  <references>" + String.join(" ", references) + "</references>\n";
        String expiry = expires == null ? "" : "    <expires>" + CAP_TIME.format(expires) + "</expires>\n";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>%s</identifier>
                  <sender>%s</sender>
                  <sent>%s</sent>
                  <status>%s</status>
                  <msgType>%s</msgType>
                  <scope>Public</scope>
                %s  <info>
                    <language>vi-VN</language>
                    <category>Met</category>
                    <event>Lũ quét</event>
                    <urgency>Immediate</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <eventCode><valueName>LOAI_THIEN_TAI</valueName><value>LU_QUET</value></eventCode>
                %s    <senderName>Đài Khí tượng Thủy văn khu vực Việt Bắc</senderName>
                    <headline>Nguy cơ lũ quét trên các suối nhỏ trong 6 giờ tới</headline>
                    <instruction>Người dân ven suối di chuyển ngay đến nơi an toàn.</instruction>
                    <parameter><valueName>CAP_DO_RUI_RO</valueName><value>3</value></parameter>
                    <area>
                      <areaDesc>Vùng cảnh báo</areaDesc>
                %s    </area>
                  </info>
                </alert>
                """.formatted(identifier, sender, CAP_TIME.format(sent), status, msgType, refs, expiry, areas);
    }
}
