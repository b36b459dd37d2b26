// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Puts the portal together: menu, footer, accessibility switches, language, search; renders the
// catalogue, the form and the charts; then does what a citizen's first minute does (fills the
// form, searches, scrolls to the end and back). When all of that is done and every image and
// font has arrived, it asks for /loaded?<what it saw>: the bench waits for that request, in the
// kiosk and in Chromium alike, and checks that both saw the whole page.
/* global $, d3 */
'use strict';

(function () {
  const menu = [
    ['Послуги', '#services'], ['Заява онлайн', '#apply'], ['Запис на прийом', '#queue'],
    ['Новини', '#news'], ['Контакти', '#footer-links'],
  ];
  const footer = {
    'Про громаду': ['Статут', 'Структура ради', 'Бюджет', 'Відкриті дані'],
    'ЦНАП': ['Адреси та графік', 'Віддалені робочі місця', 'Перелік послуг', 'Скарги'],
    'Допомога': ['Як подати заяву', 'Часті питання', 'Доступність', 'Мапа сайту'],
    'Партнери': ['Дія', 'Пенсійний фонд', 'Податкова', 'Бібліотеки міста'],
  };
  const english = {
    'Послуги': 'Services', 'Заява онлайн': 'Apply online', 'Запис на прийом': 'Book a visit',
    'Новини': 'News', 'Контакти': 'Contacts',
  };

  function buildMenu(language) {
    const $nav = $('#main-nav').empty();
    menu.forEach(function (item) {
      const text = language === 'en' ? english[item[0]] : item[0];
      $('<li class="nav-item">').append($('<a class="nav-link">').attr('href', item[1]).text(text))
        .appendTo($nav);
    });
  }

  function buildFooter() {
    const $links = $('#footer-links').empty();
    Object.keys(footer).forEach(function (heading) {
      const $column = $('<div class="col-6 col-md-3">').append($('<h4>').text(heading));
      const $list = $('<ul class="list-unstyled">').appendTo($column);
      footer[heading].forEach(function (text) {
        $('<li>').append($('<a href="#">').text(text)).appendTo($list);
      });
      $links.append($column);
    });
  }

  function nextFrame() {
    // requestAnimationFrame, or a timer should a browser not draw frames right now.
    return new Promise(function (resolve) {
      const timer = setTimeout(resolve, 500);
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          clearTimeout(timer);
          resolve();
        });
      });
    });
  }

  function imageSettled(image) {
    const arrived = image.complete ? Promise.resolve() : new Promise(function (resolve) {
      image.addEventListener('load', resolve);
      image.addEventListener('error', resolve);
    });
    return arrived.then(function () {
      return image.naturalWidth > 0 && image.decode ? image.decode().catch(function () {}) : null;
    });
  }

  function report(extra) {
    const images = Array.prototype.slice.call(document.images);
    const fonts = [];
    document.fonts.forEach(function (face) {
      if (face.family.replace(/"/g, '') === 'PortalSans' && face.status === 'loaded')
        fonts.push(face.weight);
    });
    const seen = {
      images: images.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length,
      imagesTotal: images.length,
      fonts: fonts.length,
      jquery: window.jQuery ? $.fn.jquery : 'none',
      bootstrap: window.jQuery && $.fn.modal ? 'yes' : 'no',
      d3: window.d3 ? d3.version : 'none',
      cards: $('.service-card').length,
      nodes: document.getElementsByTagName('*').length,
      engine: (navigator.userAgent.match(/Chrome\/[0-9.]+/) || ['unknown'])[0],
    };
    Object.keys(extra).forEach(function (key) { seen[key] = extra[key]; });
    const query = Object.keys(seen).map(function (key) {
      return encodeURIComponent(key) + '=' + encodeURIComponent(seen[key]);
    }).join('&');
    fetch('/loaded?' + query, { cache: 'no-store' });
  }

  let chartMarks = 0;
  try {
    buildMenu('uk');
    buildFooter();
    window.PortalCatalogue.render();
    window.PortalForm.build();
    chartMarks = window.PortalStats.render();
    $('#language').on('change', function () { buildMenu($(this).val()); });
    $('#contrast').on('click', function () { $('body').toggleClass('high-contrast'); });
    $('#bigger').on('click', function () { $('body').toggleClass('big-text'); });
    $('#search').on('input', function () { window.PortalCatalogue.search($(this).val()); });
    $('#search-form').on('submit', function (event) { event.preventDefault(); });
  } catch (error) {
    window.addEventListener('load', function () { report({ error: String(error) }); });
    return;
  }

  window.addEventListener('load', function () {
    Promise.all([document.fonts.load('400 16px PortalSans'), document.fonts.load('700 16px PortalSans')])
      .then(function () { return document.fonts.ready; })
      .then(function () {
        window.PortalForm.fillExample();
        $('#search').val('довідк').trigger('input');
        $('#search').val('').trigger('input');
        window.scrollTo(0, document.body.scrollHeight);
        return nextFrame();
      })
      .then(function () {
        window.scrollTo(0, 0);
        return Promise.all(Array.prototype.map.call(document.images, imageSettled));
      })
      .then(nextFrame)
      .then(function () { report({ chart: chartMarks, error: 'none' }); })
      .catch(function (error) { report({ chart: chartMarks, error: String(error) }); });
  });
}());
