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

  // Outlines every highlight of fact i (none for null) and pins it: hovering no longer changes the details.
  function select(i) {
    document.querySelectorAll('.m.selected').forEach(function (m) { m.classList.remove('selected'); });
    pinned = i;
    if (i === null) {
      return [];
    }
    var marks = Array.prototype.slice.call(document.querySelectorAll('.m[data-facts~="' + i + '"]'));
    marks.forEach(function (m) { m.classList.add('selected'); });
    return marks;
  }

  // Scrolls to the first highlight of fact i, selects it and shows the fact.
  function reveal(i) {
    var marks = select(Number(i));
    if (marks.length > 0) {
      marks[0].scrollIntoView({ block: 'center' });
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
      var ids = idsOf(clicked);
      if (pinned === ids[0]) {
        select(null);
      } else {
        select(ids[0]);
        show(ids);
      }
    }
  });

  document.addEventListener('mouseover', function (event) {
    var mark = event.target.closest('.m');
    if (mark && pinned === null) {
      show(idsOf(mark));
    }
  });
  // A link to review.html#fact-N opens the page on that fact.
  var linked = /^#fact-(\d+)$/.exec(location.hash);
  if (linked && Number(linked[1]) < facts.length) {
    reveal(linked[1]);
  }
})();
