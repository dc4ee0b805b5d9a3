package vn.canhbao.gateway.providers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.alerts.AlertRepository;

/**
 * The provider an SMS goes to first, by the ward of its alert ({@link SmsRouting#primaryFor}): the ward's own, its
 * province's, or the installation's. An SMS of no stored alert (a subscription code) goes to the installation's. An
 * alert's ward never changes, so the newest alerts' wards are kept: the lane sends thousands of SMS of one alert.
 */
final class SmsAreas {

    /** Far more alerts than are sent at once, however many wards a storm covers. */
    private static final int REMEMBERED = 10_000;

    private final SmsRouting routing;
    private final WardDirectory wards;
    private final ObjectProvider<AlertRepository> alerts;
    private final Map<AlertId, Optional<Ward>> wardOf = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AlertId, Optional<Ward>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @param alerts read at the first SMS, not at start-up: the repository comes with the database */
    SmsAreas(SmsRouting routing, WardDirectory wards, ObjectProvider<AlertRepository> alerts) {
        this.routing = routing;
        this.wards = wards;
        this.alerts = alerts;
    }

    SmsProvider firstFor(Dispatch dispatch) {
        Optional<Ward> ward;
        synchronized (wardOf) {
            ward = wardOf.get(dispatch.alertId());
        }
        if (ward == null) {
            ward = alerts.getObject()
                    .find(dispatch.alertId())
                    .flatMap(a -> wards.ward(a.alert().wardCode()));
            synchronized (wardOf) {
                wardOf.put(dispatch.alertId(), ward);
            }
        }
        return ward.map(w -> routing.primaryFor(w.code(), w.provinceCode())).orElse(routing.primary());
    }
}
