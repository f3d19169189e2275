(function () {
  var posts = Array.prototype.slice.call(document.querySelectorAll('article.post'));
  var tag = document.getElementById('tag-filter');
  var lang = document.getElementById('lang-filter');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var none = document.getElementById('no-match');
  function words(s) { return s.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; }); }
  function apply(remember) {
    var t = tag.value, l = lang.value, q = words(search.value), n = 0;
    posts.forEach(function (p) {
      var ok = (!t || JSON.parse(p.getAttribute('data-tags')).indexOf(t) >= 0)
        && (!l || p.getAttribute('data-lang') === l)
        && q.every(function (w) { return p.getAttribute('data-text').indexOf(w) >= 0; });
      p.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + posts.length + (posts.length === 1 ? ' post' : ' posts');
    none.hidden = n > 0;
    if (remember) {
      var state = new URLSearchParams();
      if (t) state.set('tag', t);
      if (l) state.set('lang', l);
      if (search.value) state.set('q', search.value);
      var hash = state.toString();
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    }
  }
  var saved = new URLSearchParams(location.hash.replace(/^#/, ''));
  function pick(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) select.value = value;
  }
  pick(tag, saved.get('tag'));
  pick(lang, saved.get('lang'));
  if (saved.get('q')) search.value = saved.get('q');
  tag.addEventListener('change', function () { apply(true); });
  lang.addEventListener('change', function () { apply(true); });
  search.addEventListener('input', function () { apply(true); });
  apply(false);
})();
