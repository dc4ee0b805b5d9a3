// Live progress of an alert: asks the console every 3 seconds and updates what it owns, until nothing is pending and
// no group is being chased. The server formats every number and label (as the page was first drawn), so the script
// only sets texts by element id and never reads or rewrites what is on the page; the groups' rows are drawn again in
// the server's order, which adds the groups that began to be watched after the page was loaded.
(function () {
  var section = document.getElementById("progress");
  if (!section) { return; }
  var url = section.getAttribute("data-progress");
  // Groups are watched from the escalation clock's next tick after planning; a group without a leader never is.
  // So once everything is sent, the view waits a minute at most for the groups it has not seen.
  var roundsForGroups = 20;

  function setText(id, value) { var e = document.getElementById(id); if (e) { e.textContent = value; } }

  function cell(value, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    td.textContent = value;
    return td;
  }

  function drawGroups(rows) {
    var groups = document.getElementById("groups");
    if (!groups || !rows) { return; }
    var body = groups.querySelector("tbody");
    var fresh = document.createElement("tbody");
    rows.forEach(function (g) {
      var tr = document.createElement("tr");
      tr.className = "stage-" + g.stage;
      tr.setAttribute("data-group", g.id);
      tr.appendChild(cell(g.name));
      tr.appendChild(cell(g.label, "stage"));
      tr.appendChild(cell(g.confirmedBy, "confirmed-by"));
      tr.appendChild(cell(g.next, "next"));
      fresh.appendChild(tr);
    });
    body.parentNode.replaceChild(fresh, body);
    groups.hidden = rows.length === 0;
  }

  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (p) {
        Object.keys(p.text).forEach(function (id) { setText(id, p.text[id]); });
        Object.keys(p.channels).forEach(function (c) {
          var bar = document.getElementById("bar-" + c);
          if (bar) { bar.value = p.channels[c].percent; }
        });
        drawGroups(p.groupRows);
        section.setAttribute("data-pending", p.total.pending);
        // Keeps asking while anything is unsent or any group is still being chased.
        var chasing = (p.groupRows || []).some(function (g) {
          return g.stage === "WAITING" || g.stage === "RESENT" || g.stage === "CALLED";
        });
        var busy = p.total.dispatches === 0 || p.total.pending > 0 || chasing;
        if (busy || (p.groups > p.groupRows.length && roundsForGroups-- > 0)) {
          setTimeout(refresh, 3000);
        }
      })
      .catch(function () { setTimeout(refresh, 10000); });
  }
  setTimeout(refresh, 1000);
})();
