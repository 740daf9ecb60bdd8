// @ts-check
/*
 * Host-side script for charts from 晋城生态环境预算2024 embedded with <iframe data-jincheng-embed>.
 * Each chart posts its height (Pym.js or AMP "embed-size" format); this sets the iframe's height.
 * A message counts only when it comes from one of our iframes' windows, from our origin, and is
 * well formed. Same formats as src/lib/embed/messages.ts.
 */
(function () {
  'use strict';
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || /** @type {any} */ (window).jinchengEmbedLoaded) return;
  /** @type {any} */ (window).jinchengEmbedLoaded = true;
  var origin = new URL(script.src, location.href).origin;
  var MAX_HEIGHT = 20000;

  /** @param {unknown} value */
  function validHeight(value) {
    var height = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof height === 'number' && Math.floor(height) === height && height > 0 && height <= MAX_HEIGHT ? height : null;
  }

  /** @param {unknown} data */
  function heightFromMessage(data) {
    if (typeof data === 'string') {
      var parts = data.split('xPYMx');
      return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' ? validHeight(parts[3]) : null;
    }
    if (data !== null && typeof data === 'object') {
      var message = /** @type {Record<string, unknown>} */ (data);
      return message.sentinel === 'amp' && message.type === 'embed-size' ? validHeight(message.height) : null;
    }
    return null;
  }

  /** @param {MessageEventSource | null} source */
  function ourFrame(source) {
    var frames = document.querySelectorAll('iframe[data-jincheng-embed]');
    for (var index = 0; index < frames.length; index += 1) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[index]);
      if (source !== null && frame.contentWindow === source) return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var frame = ourFrame(event.source);
    if (!frame) return;
    var height = heightFromMessage(event.data);
    if (height === null) return;
    frame.style.height = height + 'px';
    frame.setAttribute('scrolling', 'no');
  });
})();
