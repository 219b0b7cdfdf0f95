// ArticleFacts review page: shows the facts of a highlight on hover and click, scrolls to a fact from the list.
// Every text is set with textContent: nothing from the facts is ever parsed as HTML.
(function () {
  'use strict';
  var facts = JSON.parse(document.getElementById('fact-data').textContent);
  var detail = document.getElementById('detail');
  var pinned = null;

  function idsOf(mark) {
    return mark.getAttribute('data-facts').split(' ').map(Number);
  }

  function show(ids) {
    detail.replaceChildren();
    ids.forEach(function (i) {
      var fact = facts[i];
      var card = document.createElement('div');
      card.className = 'card k-' + fact.k;
      var title = document.createElement('h3');
      title.textContent = fact.k + ' ' + fact.id + ': ' + fact.t;
      card.appendChild(title);
      var list = document.createElement('dl');
      fact.r.forEach(function (row) {
        var dt = document.createElement('dt');
        dt.textContent = row[0];
        var dd = document.createElement('dd');
        dd.textContent = row[1];
        list.appendChild(dt);
        list.appendChild(dd);
      });
      card.appendChild(list);
      detail.appendChild(card);
    });
  }

  function select(mark) {
    if (pinned) {
      pinned.classList.remove('selected');
    }
    pinned = mark;
    if (mark) {
      mark.classList.add('selected');
      show(idsOf(mark));
    }
  }

  // Scrolls to the first highlight of fact i, selects it and shows the fact.
  function reveal(i) {
    var mark = document.querySelector('.m[data-facts~="' + i + '"]');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      select(mark);
    }
    show([Number(i)]);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-fact]');
    if (link) {
      event.preventDefault();
      var i = link.getAttribute('data-fact');
      history.replaceState(null, '', '#fact-' + i);
      reveal(i);
      return;
    }
    var clicked = event.target.closest('.m');
    if (clicked) {
      select(clicked === pinned ? null : clicked);
    }
  });

  document.addEventListener('mouseover', function (event) {
    var mark = event.target.closest('.m');
    if (mark && !pinned) {
      show(idsOf(mark));
    }
  });
  // A link to review.html#fact-N opens the page on that fact.
  var linked = /^#fact-(\d+)$/.exec(location.hash);
  if (linked && Number(linked[1]) < facts.length) {
    reveal(linked[1]);
  }
})();
