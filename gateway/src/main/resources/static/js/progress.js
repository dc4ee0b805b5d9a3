// Live progress of an alert: asks the console every 3 seconds and updates the bars and each group's state, until
// nothing is pending and no group is being chased.
(function () {
  var section = document.getElementById("progress");
  if (!section) { return; }
  var url = section.getAttribute("data-progress");
  function text(id, value) { var e = document.getElementById(id); if (e) { e.textContent = value; } }
  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (p) {
        text("total-handed", p.total.handedOver);
        text("total-dispatches", p.total.dispatches);
        text("groups-reached", p.groupsReached);
        text("groups", p.groups);
        Object.keys(p.channels).forEach(function (c) {
          var n = p.channels[c];
          var bar = document.getElementById("bar-" + c);
          if (bar) { bar.value = n.percent; }
          var counts = document.getElementById("counts-" + c);
          if (counts) {
            counts.textContent = counts.textContent.replace(/\d+/g, function () { return "\u0000"; });
            var values = [n.handedOver, n.dispatches, n.pending, n.failed, n.cancelled];
            var i = 0;
            counts.textContent = counts.textContent.replace(/\u0000/g, function () { return values[i++]; });
          }
        });
        Object.keys(p.groupStages || {}).forEach(function (id) {
          var row = document.querySelector('tr[data-group="' + id + '"]');
          if (!row) { return; }
          var g = p.groupStages[id];
          row.className = "stage-" + g.stage;
          row.querySelector(".stage").textContent = g.label;
          row.querySelector(".confirmed-by").textContent = g.confirmedBy;
        });
        section.setAttribute("data-pending", p.total.pending);
        // Keeps asking while anything is unsent or any group is still being chased.
        var chasing = Object.keys(p.groupStages || {}).some(function (id) {
          var s = p.groupStages[id].stage;
          return s === "WAITING" || s === "RESENT" || s === "CALLED";
        });
        if (p.total.dispatches === 0 || p.total.pending > 0 || chasing) { setTimeout(refresh, 3000); }
      })
      .catch(function () { setTimeout(refresh, 10000); });
  }
  setTimeout(refresh, 1000);
})();
