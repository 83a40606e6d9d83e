// Checks the page and wires the highlights; records the outcome in <body data-ready="ok|error"> so that a
// headless browser test can tell that the script ran and found every link target.
(function () {
  'use strict';
  var body = document.body;
  var problems = [];

  function fail(message) {
    problems.push(message);
    body.dataset.ready = 'error';
    body.dataset.problems = problems.join('; ');
    var status = document.getElementById('report-status');
    if (status) { status.textContent = 'Problems in this page: ' + problems.join('; '); }
  }

  window.addEventListener('error', function (event) { fail('script error: ' + event.message); });
  document.addEventListener('securitypolicyviolation', function (event) { fail('blocked ' + event.blockedURI); });

  function byItem(item) { return document.querySelectorAll('[data-item="' + CSS.escape(item) + '"]'); }

  try {
    // Every in-page link (HTML and SVG) must reach an element.
    document.querySelectorAll('a[href^="#"]').forEach(function (link) {
      var id = decodeURIComponent(link.getAttribute('href').slice(1));
      if (!document.getElementById(id)) { fail('no target for #' + id); }
    });

    // Every highlight must have its entry, and every highlighted entry its first mark.
    document.querySelectorAll('mark.ev').forEach(function (mark) {
      var entry = document.getElementById(mark.dataset.item);
      if (!entry || entry.tagName !== 'LI') { fail('highlight without entry: ' + mark.dataset.item); }
      mark.addEventListener('click', function (event) {
        event.stopPropagation();
        location.hash = mark.dataset.item;
      });
    });

    document.querySelectorAll('li.entry').forEach(function (entry) {
      var marks = byItem(entry.dataset.item);
      entry.addEventListener('mouseenter', function () { marks.forEach(function (m) { m.classList.add('active'); }); });
      entry.addEventListener('mouseleave', function () { marks.forEach(function (m) { m.classList.remove('active'); }); });
    });

    // What the browser lays out right to left (from each text's dir): the articles by section id, and the quotes.
    function rightToLeft(element) { return getComputedStyle(element).direction === 'rtl'; }
    body.dataset.rightToLeft = Array.prototype.filter.call(document.querySelectorAll('section.document'), function (section) {
      var text = section.querySelector('article.text');
      return text && rightToLeft(text);
    }).map(function (section) { return section.id; }).join(' ');
    body.dataset.rightToLeftQuotes = String(Array.prototype.filter.call(document.querySelectorAll('blockquote'), rightToLeft).length);

    if (problems.length === 0) {
      body.dataset.ready = 'ok';
      body.dataset.highlights = String(document.querySelectorAll('mark.ev[id]').length);
    }
  } catch (error) {
    fail('script error: ' + error.message);
  }
})();
