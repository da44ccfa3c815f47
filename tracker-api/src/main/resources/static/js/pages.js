// Small enhancements; every page works without them.
(function () {
  'use strict';
  // the progress slider shows its value as it moves
  document.querySelectorAll('input[type=range][data-output]').forEach(function (range) {
    var output = document.getElementById(range.getAttribute('data-output'));
    var show = function () { output.textContent = range.value + '%'; };
    range.addEventListener('input', show);
    show();
  });

  // the commune picker: search without diacritics, by type, select all that are shown
  var fold = function (text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  };
  document.querySelectorAll('[data-picker]').forEach(function (picker) {
    var search = picker.querySelector('[data-picker-search]');
    var type = picker.querySelector('[data-picker-type]');
    var items = Array.prototype.slice.call(picker.querySelectorAll('[data-picker-item]'));
    var count = picker.querySelector('[data-picker-count]');
    var refresh = function () {
      var wanted = fold(search.value.trim());
      var kind = type.value;
      items.forEach(function (item) {
        var matches = (!wanted || item.getAttribute('data-search').indexOf(wanted) >= 0)
          && (!kind || item.getAttribute('data-type') === kind);
        item.hidden = !matches;
      });
      count.textContent = items.filter(function (item) { return item.querySelector('input').checked; }).length;
    };
    var setShown = function (checked) {
      items.forEach(function (item) { if (!item.hidden) { item.querySelector('input').checked = checked; } });
      refresh();
    };
    search.addEventListener('input', refresh);
    type.addEventListener('change', refresh);
    picker.querySelector('[data-picker-all]').addEventListener('click', function () { setShown(true); });
    picker.querySelector('[data-picker-none]').addEventListener('click', function () { setShown(false); });
    items.forEach(function (item) { item.querySelector('input').addEventListener('change', refresh); });
    refresh();
  });

  // a print button (the page's own print styles lay it out for the minutes)
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
