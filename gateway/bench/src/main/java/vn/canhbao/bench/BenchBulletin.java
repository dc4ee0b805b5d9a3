package vn.canhbao.bench;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The benchmark's bulletin: a level-3 flash-flood warning (lũ quét) for one ward, valid for six hours. */
final class BenchBulletin {

    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private BenchBulletin() {}

    static byte[] forWard(String wardCode) {
        OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>BENCH-%s</identifier>
                  <sender>canhbao@kttv-vietbac.gov.vn</sender>
                  <sent>%s</sent>
                  <status>Actual</status>
                  <msgType>Alert</msgType>
                  <scope>Public</scope>
                  <info>
                    <language>vi-VN</language>
                    <category>Met</category>
                    <event>Lũ quét</event>
                    <urgency>Immediate</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <eventCode><valueName>LOAI_THIEN_TAI</valueName><value>LU_QUET</value></eventCode>
                    <expires>%s</expires>
                    <senderName>Đài Khí tượng Thủy văn khu vực Việt Bắc</senderName>
                    <headline>Nguy cơ lũ quét trên các suối nhỏ trong 6 giờ tới</headline>
                    <instruction>Người dân ven suối di chuyển ngay đến nơi an toàn.</instruction>
                    <parameter><valueName>CAP_DO_RUI_RO</valueName><value>3</value></parameter>
                    <area>
                      <areaDesc>Vùng cảnh báo</areaDesc>
                      <geocode><valueName>DVHC</valueName><value>%s</value></geocode>
                    </area>
                  </info>
                </alert>
                """.formatted(UUID.randomUUID(), CAP_TIME.format(sent), CAP_TIME.format(sent.plusHours(6)), wardCode);
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
