// Small glue for the server-rendered UI: CSRF header on htmx requests, sidebar toggle.
(function () {
  'use strict';
  function csrf() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    const c = csrf();
    if (c) { event.detail.headers[c.header] = c.token; }
  });
  window.nocvault = {
    toggleSidebar: function () {
      const hidden = document.body.classList.toggle('sidebar-hidden');
      const c = csrf();
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (c) { headers[c.header] = c.token; }
      fetch('/account/preferences/sidebar', { method: 'POST', headers: headers, body: 'hidden=' + hidden });
    }
  };
})();
