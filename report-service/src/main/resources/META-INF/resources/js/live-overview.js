// Live progress on the overview: every committed document change arrives on /api/events (server-sent events).
// A listed document gets its status (and, once validated, its finding counts) updated in place; a new one shows
// a notice to reload, since where it belongs depends on the page's sort and filters.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var notice = document.getElementById('live-notice');
  var state = document.getElementById('live-state');

  function rowOf(documentId) {
    var rows = document.querySelectorAll('tr.doc-row');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].dataset.documentId === documentId) {
        return rows[i];
      }
    }
    return null;
  }

  function setField(row, field, value) {
    var cell = row.querySelector('[data-field="' + field + '"]');
    if (cell && value !== null && value !== undefined) {
      cell.textContent = value;
    }
  }

  function refreshCounts(row, documentId) {
    fetch('/api/documents/' + encodeURIComponent(documentId), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (details) {
        if (details && details.findingCounts) {
          setField(row, 'error', details.findingCounts.error);
          setField(row, 'warning', details.findingCounts.warning);
          setField(row, 'info', details.findingCounts.info);
        }
      });
  }

  var source = new EventSource('/api/events');
  source.onopen = function () {
    if (state) {
      state.hidden = false;
    }
  };
  source.onerror = function () {
    if (state) {
      state.hidden = true;
    }
  };
  source.onmessage = function (message) {
    var change = JSON.parse(message.data);
    var row = rowOf(change.documentId);
    if (!row) {
      if (notice) {
        notice.hidden = false;
      }
      return;
    }
    var status = row.querySelector('[data-field="status"]');
    status.textContent = change.status;
    status.className = 'status status-' + change.status;
    setField(row, 'department', change.department);
    setField(row, 'year', change.year);
    row.classList.remove('updated');
    void row.offsetWidth; // restart the highlight animation
    row.classList.add('updated');
    if (change.status === 'VALIDATED') {
      refreshCounts(row, change.documentId);
    }
  };
})();
