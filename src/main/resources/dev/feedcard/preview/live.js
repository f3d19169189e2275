(function () {
  var version = document.documentElement.getAttribute('data-version');
  var badge = document.getElementById('live');
  function poll() {
    fetch('/_feedcard/version', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (String(state.version) !== version) { location.reload(); return; }
        badge.textContent = state.building ? 'rebuilding…' : 'live';
        setTimeout(poll, 400);
      })
      .catch(function () { badge.textContent = 'server stopped'; setTimeout(poll, 2000); });
  }
  setTimeout(poll, 400);
})();
