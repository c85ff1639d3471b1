// Live progress of a backup run page: server-sent events from /backups/runs/{id}/events update the device rows
// and the counts as devices finish; when the stream cannot be opened or breaks, the page polls the JSON report.
(function () {
  "use strict";
  var page = document.getElementById("backup-run");
  if (!page || page.dataset.status !== "RUNNING") {
    return;
  }
  var pollTimer = null;
  var live = document.getElementById("run-live");

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  function badgeClass(outcome) {
    if (outcome === "STORED" || outcome === "UNCHANGED") { return "badge outcome ok"; }
    if (outcome === "FAILED") { return "badge outcome bad"; }
    return "badge outcome";
  }

  function updateDevice(d) {
    var row = document.getElementById("run-device-" + d.deviceId);
    if (!row) { return; }
    row.dataset.outcome = d.outcome;
    var badge = row.querySelector(".outcome");
    badge.textContent = d.outcome;
    badge.className = badgeClass(d.outcome);
    row.querySelector(".attempts").textContent = d.attempts;
    row.querySelector(".duration").textContent = d.durationMillis == null ? "" : d.durationMillis + " ms";
    row.querySelector(".error").textContent = d.error || "";
  }

  function countRows() {
    var counts = { STORED: 0, UNCHANGED: 0, FAILED: 0, SKIPPED: 0 };
    document.querySelectorAll("#run-device-table tbody tr").forEach(function (row) {
      if (counts[row.dataset.outcome] !== undefined) { counts[row.dataset.outcome]++; }
    });
    showCounts({ stored: counts.STORED, unchanged: counts.UNCHANGED, failed: counts.FAILED, skipped: counts.SKIPPED });
  }

  function showCounts(run) {
    var done = run.stored + run.unchanged + run.failed + run.skipped;
    text("count-stored", run.stored);
    text("count-unchanged", run.unchanged);
    text("count-failed", run.failed);
    text("count-skipped", run.skipped);
    text("count-done", done);
    var bar = document.getElementById("run-progress");
    if (bar) { bar.value = done; }
  }

  function showReport(run, final) {
    (run.devices || []).forEach(updateDevice);
    showCounts(run);
    text("run-status", run.status);
    page.dataset.status = run.status;
    if (final || run.status !== "RUNNING") {
      var cancel = document.getElementById("cancel-form");
      if (cancel) { cancel.remove(); }
      live.textContent = "";
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    }
  }

  function poll() {
    live.textContent = "(updating every 2 s)";
    if (pollTimer) { return; }
    var tick = function () {
      fetch(page.dataset.report, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (run) { showReport(run, false); })
        .catch(function () { /* keep trying */ });
    };
    tick();
    pollTimer = setInterval(tick, 2000);
  }

  if (!window.EventSource) {
    poll();
    return;
  }
  var source = new EventSource(page.dataset.events);
  live.textContent = "(live)";
  source.addEventListener("snapshot", function (e) { showReport(JSON.parse(e.data), false); });
  source.addEventListener("device", function (e) { updateDevice(JSON.parse(e.data)); countRows(); });
  source.addEventListener("finished", function (e) {
    source.close();
    // the summary has no devices: read the final report once for the last rows
    fetch(page.dataset.report, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (run) { showReport(run, true); });
    showReport(JSON.parse(e.data), true);
  });
  source.onerror = function () {
    if (page.dataset.status === "RUNNING") {
      source.close();
      poll();
    }
  };
})();
