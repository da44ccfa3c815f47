// The statistics' charts, drawn with ECharts (served by the application) as SVG, so they print sharp.
(function () {
  'use strict';
  var percent = function (fraction) { return fraction == null ? null : Math.round(fraction * 1000) / 10; };
  var dayMonth = function (iso) { var p = iso.split('-'); return p[2] + '/' + p[1]; };
  var charts = [];
  var chart = function (element) {
    var drawn = echarts.init(element, null, { renderer: 'svg' });
    charts.push(drawn);
    return drawn;
  };
  var labelsOf = function (element) {
    return { overdue: element.dataset.labelOverdue, dueSoon: element.dataset.labelDueSoon,
      completionRate: element.dataset.labelCompletionRate, onTimeRate: element.dataset.labelOnTimeRate };
  };

  var drawTrend = function (element, trend) {
    var labels = labelsOf(element);
    var weeks = trend.weeks;
    chart(element).setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: weeks.map(function (w) { return dayMonth(w.weekEnding); }) },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: labels.overdue, type: 'bar', color: '#c62828', data: weeks.map(function (w) { return w.overdue; }) },
        { name: labels.dueSoon, type: 'bar', color: '#ef6c00', data: weeks.map(function (w) { return w.dueSoon; }) },
        { name: labels.completionRate, type: 'line', yAxisIndex: 1, color: '#2e7d32', connectNulls: true,
          data: weeks.map(function (w) { return percent(w.completionRate); }) },
        { name: labels.onTimeRate, type: 'line', yAxisIndex: 1, color: '#1565c0', lineStyle: { type: 'dashed' }, connectNulls: true,
          data: weeks.map(function (w) { return percent(w.onTimeRate); }) }
      ]
    });
  };

  var drawRanking = function (element, statistics) {
    var labels = labelsOf(element);
    var rows = statistics.rows.slice().reverse(); // the best at the top of a horizontal bar chart
    element.style.height = Math.max(240, 60 + rows.length * 22) + 'px';
    chart(element).setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name || r.key; }) },
      series: [
        { name: labels.onTimeRate, type: 'bar', color: '#1565c0', data: rows.map(function (r) { return percent(r.onTimeRate); }) },
        { name: labels.completionRate, type: 'bar', color: '#2e7d32', data: rows.map(function (r) { return percent(r.completionRate); }) }
      ]
    });
  };

  var start = function () {
    if (typeof echarts === 'undefined') {
      return; // the tables say the same
    }
    var trend = document.getElementById('trend-chart');
    if (trend && trend.hasAttribute('data-trend')) {
      drawTrend(trend, JSON.parse(trend.getAttribute('data-trend')));
    } else if (trend && trend.hasAttribute('data-trend-url')) {
      fetch(trend.getAttribute('data-trend-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.json() : null; })
        .then(function (figures) { if (figures) { drawTrend(trend, figures); } });
    }
    var ranking = document.getElementById('ranking-chart');
    if (ranking) {
      drawRanking(ranking, JSON.parse(ranking.getAttribute('data-statistics')));
    }
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
