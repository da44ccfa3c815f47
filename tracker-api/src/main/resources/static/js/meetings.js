// Meeting mode: the arrow keys (and PageUp/PageDown, as a presenter's clicker sends) walk the communes of the
// agenda, unless the user is typing in a field.
(function () {
  'use strict';
  var typing = function (element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  };
  var targets = { ArrowLeft: 'mode-previous', PageUp: 'mode-previous', ArrowRight: 'mode-next', PageDown: 'mode-next' };
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(document.activeElement)) {
      return;
    }
    var link = targets[event.key] && document.getElementById(targets[event.key]);
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });
})();
