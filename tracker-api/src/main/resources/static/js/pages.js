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

  // a day field (dd/MM/yyyy) or a moment field (dd/MM/yyyy HH:mm): what was typed is shown in that form once it reads
  // as one, and a button beside the field opens the browser's calendar (whose own format follows the browser's
  // language; the field keeps the province's)
  var two = function (n) { return (n < 10 ? '0' : '') + n; };
  var read = function (text) {
    var parts = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text)
      || /^(\d{2})(\d{2})(\d{4})$/.exec(text);
    if (!parts) {
      return null;
    }
    var day = +parts[1], month = +parts[2], year = +parts[3];
    var hour = parts[4] === undefined ? null : +parts[4], minute = parts[5] === undefined ? null : +parts[5];
    var date = new Date(year, month - 1, day);
    var real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
      && (hour === null || (hour < 24 && minute < 60));
    return real ? { day: day, month: month, year: year, hour: hour, minute: minute } : null;
  };
  var shown = function (when, withTime) {
    var day = two(when.day) + '/' + two(when.month) + '/' + when.year;
    return withTime ? day + ' ' + two(when.hour) + ':' + two(when.minute) : day;
  };
  var calendarIcon = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">'
    + '<rect x="3" y="5" width="18" height="16" rx="2" fill="none" stroke="currentColor" stroke-width="2"/>'
    + '<path d="M3 10h18M8 3v4M16 3v4" fill="none" stroke="currentColor" stroke-width="2"/></svg>';
  document.querySelectorAll('input[data-calendar]').forEach(function (field) {
    var withTime = field.getAttribute('data-calendar') === 'datetime-local';
    field.addEventListener('change', function () {
      var when = read(field.value.trim());
      if (when && (when.hour !== null) === withTime) {
        field.value = shown(when, withTime);
      }
    });
    var calendar = document.createElement('input');
    calendar.type = field.getAttribute('data-calendar');
    if (calendar.type !== field.getAttribute('data-calendar') || typeof calendar.showPicker !== 'function') {
      return; // typing stays the way in
    }
    var pick = field.getAttribute('data-calendar-pick');
    calendar.className = 'day-calendar';
    calendar.tabIndex = -1;
    calendar.setAttribute('aria-hidden', 'true');
    calendar.setAttribute('aria-label', pick);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary day-pick';
    button.title = pick;
    button.setAttribute('aria-label', pick);
    button.innerHTML = calendarIcon;
    var wrap = document.createElement('span');
    wrap.className = 'day-wrap';
    field.parentNode.insertBefore(wrap, field);
    wrap.appendChild(field);
    wrap.appendChild(button);
    wrap.appendChild(calendar);
    button.addEventListener('click', function () {
      var when = read(field.value.trim());
      var iso = when ? when.year + '-' + two(when.month) + '-' + two(when.day) : '';
      calendar.value = when && withTime ? iso + 'T' + two(when.hour || 0) + ':' + two(when.minute || 0) : iso;
      try {
        calendar.showPicker();
      } catch (refused) {
        field.focus();
      }
    });
    calendar.addEventListener('change', function () {
      var parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(calendar.value);
      if (parts) {
        field.value = parts[3] + '/' + parts[2] + '/' + parts[1] + (withTime ? ' ' + (parts[4] || '00') + ':' + (parts[5] || '00') : '');
        field.dispatchEvent(new Event('input'));
      }
      field.focus();
    });
  });

  // a print button (the page's own print styles lay it out for the minutes)
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
