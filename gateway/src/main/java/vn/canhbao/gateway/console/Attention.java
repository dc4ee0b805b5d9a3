package vn.canhbao.gateway.console;

import java.util.List;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.gateway.escalation.GroupWatch;
import vn.canhbao.gateway.escalation.Stage;

/**
 * What the banner on every console page tells the duty officer: for each alert with groups whose leaders had to be
 * called or could not be reached, which alert it is (its headline and code, and whether it is a drill) and which
 * groups. Red when any group is unreached: someone must go there now (#14).
 */
public record Attention(List<Item> items) {

    public record Item(Alert alert, List<GroupWatch> groups) {

        public boolean unreached() {
            return groups.stream().anyMatch(g -> g.stage() == Stage.UNREACHED);
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean unreached() {
        return items.stream().anyMatch(Item::unreached);
    }

    public int groupCount() {
        return items.stream().mapToInt(i -> i.groups().size()).sum();
    }
}
