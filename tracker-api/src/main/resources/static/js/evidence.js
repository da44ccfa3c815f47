// Evidence uploads: a photo is shrunk in the browser before it is sent, so a phone on a slow connection sends a few
// hundred kB rather than several MB. Without this script (or without fetch) the form posts the file as it is.
(function () {
  'use strict';
  var MAX_SIDE = 1600;       // pixels of the longer side: enough to read a document or see a broken machine
  var QUALITY = 0.82;
  var SHRINKABLE = /^image\/(jpeg|png|webp)$/;

  var shrink = function (file) {
    if (!SHRINKABLE.test(file.type)) {
      return Promise.resolve(file);
    }
    return new Promise(function (resolve) {
      var url = URL.createObjectURL(file);
      var image = new Image();
      image.onload = function () {
        URL.revokeObjectURL(url);
        var scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
        canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) {
            resolve(file); // already small: send it untouched
            return;
          }
          var name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          resolve(new File([blob], name, {type: 'image/jpeg'}));
        }, 'image/jpeg', QUALITY);
      };
      image.onerror = function () {
        URL.revokeObjectURL(url);
        resolve(file); // the server decides on what it cannot read here
      };
      image.src = url;
    });
  };

  // the browser's own file control speaks the browser's language: show ours instead, with the chosen file's name
  var wordFileChoice = function (form) {
    var input = form.querySelector('input[type=file]');
    var chosen = form.querySelector('[data-evidence-chosen]');
    if (!input || !chosen) {
      return;
    }
    var none = chosen.textContent;
    form.classList.add('worded-files');
    input.addEventListener('change', function () {
      input.setCustomValidity('');
      chosen.textContent = input.files && input.files[0] ? input.files[0].name : none;
    });
    input.addEventListener('invalid', function () {
      input.setCustomValidity(input.getAttribute('data-required') || '');
    });
  };

  document.querySelectorAll('form[data-evidence-upload]').forEach(function (form) {
    wordFileChoice(form);
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      var file = input.files && input.files[0];
      if (!file || !window.fetch || !window.FormData || !window.Promise) {
        return;
      }
      event.preventDefault();
      var status = form.querySelector('[data-evidence-status]');
      var button = form.querySelector('button[type=submit]');
      status.hidden = false;
      status.textContent = form.getAttribute('data-sending');
      button.disabled = true;
      shrink(file).then(function (sent) {
        var data = new FormData(form);
        data.set('file', sent, sent.name);
        var token = form.querySelector('input[name=_csrf]');
        return fetch(form.action, {
          method: 'POST', body: data, credentials: 'same-origin',
          headers: token ? {'X-CSRF-TOKEN': token.value} : {}
        });
      }).then(function (response) {
        // the page the upload redirected to, which says what happened
        window.location.assign(response.url.split('#')[0] + '#evidence');
      }).catch(function () {
        status.textContent = form.getAttribute('data-failed');
        button.disabled = false;
      });
    });
  });
})();
