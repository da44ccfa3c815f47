// Small enhancements; every page works without them.
(function () {
  'use strict';
  // the percent box shows its value as it changes; a slider beside it moves the box, and follows it
  document.querySelectorAll('input[data-output]').forEach(function (field) {
    var output = document.getElementById(field.getAttribute('data-output'));
    var show = function () { output.textContent = field.value + '%'; };
    field.addEventListener('input', show);
    show();
  });
  document.querySelectorAll('input[type=range][data-sync]').forEach(function (slider) {
    var box = document.getElementById(slider.getAttribute('data-sync'));
    slider.addEventListener('input', function () {
      box.value = slider.value;
      box.dispatchEvent(new Event('input'));
    });
    box.addEventListener('input', function () { slider.value = box.value; });
  });

  // a form sent after the session expired: after sign-in, what was typed is put back to be sent again
  var kept = document.getElementById('kept-form');
  if (kept) {
    var fields = JSON.parse(kept.getAttribute('data-fields') || '{}');
    Object.keys(fields).forEach(function (name) {
      document.querySelectorAll('form [name="' + name.replace(/"/g, '') + '"]').forEach(function (field) {
        if (field.type !== 'radio' && field.type !== 'checkbox') {
          field.value = fields[name];
          field.dispatchEvent(new Event('input'));
        } else {
          field.checked = field.value === fields[name];
        }
      });
    });
  }

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
