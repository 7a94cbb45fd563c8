// The operations page: polls /api/ops every few seconds and redraws its tables. Text goes in with textContent only
// (dead-letter keys and reasons come from arbitrary records).
(function () {
  'use strict';
  var INTERVAL_MS = 5000;
  var root = document.getElementById('ops');
  var none = root.dataset.none;
  var noOffsets = root.dataset.noOffsets;

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function fill(tableId, items, draw) {
    var body = document.querySelector('#' + tableId + ' tbody');
    var rows = items.map(function (item) {
      var row = document.createElement('tr');
      draw(row, item);
      return row;
    });
    body.replaceChildren.apply(body, rows);
  }

  function seconds(value) {
    return value === null || value === undefined ? '–' : value.toFixed(2);
  }

  function draw(report) {
    document.getElementById('ops-at').textContent = report.at;
    var unreachable = document.getElementById('kafka-unreachable');
    unreachable.hidden = report.kafka.reachable;
    document.getElementById('kafka-error').textContent = report.kafka.error || '';

    fill('topics', report.topics, function (row, topic) {
      row.dataset.topic = topic.topic;
      cell(row, topic.topic);
      cell(row, topic.endOffset, 'num').dataset.field = 'end-offset';
      cell(row, topic.partitions.map(function (p) { return p.partition + ': ' + p.endOffset; }).join(', '));
      cell(row, topic.recordsPerSecond === null ? '–' : topic.recordsPerSecond.toFixed(2), 'num');
    });

    var lags = [];
    report.consumerGroups.forEach(function (group) {
      if (group.partitions.length === 0) {
        lags.push({ group: group.group, empty: true });
      }
      group.partitions.forEach(function (p) {
        lags.push({ group: group.group, partition: p });
      });
    });
    fill('lag', lags, function (row, lag) {
      row.dataset.group = lag.group;
      cell(row, lag.group);
      if (lag.empty) {
        cell(row, noOffsets, 'muted').colSpan = 5;
        return;
      }
      row.dataset.topic = lag.partition.topic;
      row.dataset.partition = lag.partition.partition;
      cell(row, lag.partition.topic);
      cell(row, lag.partition.partition, 'num');
      cell(row, lag.partition.committedOffset, 'num');
      cell(row, lag.partition.endOffset, 'num');
      cell(row, lag.partition.lag, 'num' + (lag.partition.lag > 0 ? ' severity-warning' : '')).dataset.field = 'lag';
    });

    fill('dead-letters', report.deadLetters, function (row, dlq) {
      row.dataset.topic = dlq.topic;
      cell(row, dlq.topic);
      cell(row, dlq.depth, 'num' + (dlq.depth > 0 ? ' severity-error' : '')).dataset.field = 'depth';
      var newest = cell(row, dlq.newest.length === 0 ? none : '');
      dlq.newest.forEach(function (letter) {
        var line = document.createElement('div');
        line.className = 'dead-letter';
        var key = document.createElement('code');
        key.textContent = letter.key === null ? '∅' : letter.key;
        line.appendChild(key);
        line.appendChild(document.createTextNode(': ' + (letter.reason || none)));
        newest.appendChild(line);
      });
    });

    fill('latencies', report.stageLatencies, function (row, stage) {
      row.dataset.stage = stage.stage;
      cell(row, stage.stage + ' (' + stage.from + ' → ' + stage.to + ')');
      cell(row, stage.documents, 'num');
      cell(row, seconds(stage.p50Seconds), 'num');
      cell(row, seconds(stage.p95Seconds), 'num');
    });
  }

  function refresh() {
    fetch('/api/ops', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (report) {
        if (report) {
          draw(report);
        }
      })
      .catch(function () { /* the next poll tries again */ })
      .finally(function () { setTimeout(refresh, INTERVAL_MS); });
  }

  refresh();
})();
