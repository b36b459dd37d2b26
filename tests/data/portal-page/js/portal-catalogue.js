// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The service catalogue: about 150 services in 12 categories, rendered as cards with jQuery,
// filtered by category and by the search box (with the match highlighted), 24 to a page.
/* global $ */
'use strict';

window.PortalCatalogue = (function () {
  const categories = [
    { id: 'residence', name: 'Реєстрація місця проживання', icon: 1 },
    { id: 'social', name: 'Соціальний захист', icon: 2 },
    { id: 'family', name: 'Сім\u2019я та діти', icon: 3 },
    { id: 'land', name: 'Земельні питання', icon: 4 },
    { id: 'building', name: 'Будівництво та архітектура', icon: 5 },
    { id: 'business', name: 'Підприємництво', icon: 6 },
    { id: 'transport', name: 'Транспорт', icon: 7 },
    { id: 'health', name: 'Охорона здоров\u2019я', icon: 8 },
    { id: 'education', name: 'Освіта', icon: 9 },
    { id: 'housing', name: 'Житлово-комунальні послуги', icon: 10 },
    { id: 'veterans', name: 'Ветеранам та ВПО', icon: 11 },
    { id: 'documents', name: 'Документи та довідки', icon: 12 },
  ];

  const actions = [
    'Видача довідки про', 'Реєстрація', 'Зняття з реєстрації', 'Призначення допомоги щодо',
    'Внесення змін до відомостей про', 'Видача дубліката документа про', 'Надання дозволу на',
    'Продовження строку', 'Погодження', 'Консультація щодо', 'Оформлення заяви на',
    'Видача витягу про',
  ];

  const subjects = {
    residence: ['місце проживання', 'місце перебування', 'склад сім\u2019ї', 'зареєстрованих осіб'],
    social: ['субсидію', 'пільги на оплату', 'догляд за особою з інвалідністю', 'пенсію'],
    family: ['народження дитини', 'багатодітну сім\u2019ю', 'опіку', 'аліменти'],
    land: ['земельну ділянку', 'оренду землі', 'кадастровий номер', 'межі ділянки'],
    building: ['будівельні роботи', 'містобудівні умови', 'введення в експлуатацію', 'паспорт прив\u2019язки'],
    business: ['ФОП', 'торговельну діяльність', 'зовнішню рекламу', 'режим роботи'],
    transport: ['паркування', 'перевезення пасажирів', 'проїзний квиток', 'велопарковку'],
    health: ['декларацію з лікарем', 'направлення', 'медичний висновок', 'реабілітацію'],
    education: ['зарахування до школи', 'місце в дитсадку', 'гурток', 'харчування учнів'],
    housing: ['квартирний облік', 'ремонт під\u2019їзду', 'ОСББ', 'тарифи'],
    veterans: ['статус учасника бойових дій', 'статус ВПО', 'житло для ВПО', 'психологічну допомогу'],
    documents: ['архівну довідку', 'копію рішення', 'адресу об\u2019єкта', 'нерухоме майно'],
  };

  const services = [];
  let serial = 0;
  categories.forEach(function (category) {
    let rank = 0;
    subjects[category.id].forEach(function (subject, s) {
      for (let a = s; a < actions.length; a += 3) {
        serial += 1;
        services.push({
          id: 'svc-' + serial,
          rank: rank++,
          category: category.id,
          icon: category.icon,
          title: actions[a] + ' ' + subject,
          days: 1 + ((serial * 7) % 30),
          online: serial % 3 !== 0,
          fee: serial % 4 === 0 ? (serial % 9) * 17 + 34 : 0,
          documents: ['Паспорт громадянина України', 'РНОКПП', 'Заява встановленої форми',
            'Документ, що підтверджує право'].slice(0, 1 + (serial % 4)),
        });
      }
    });
  });

  // The most asked-for service of each category first, then the second of each, and so on.
  services.sort(function (a, b) { return a.rank - b.rank || a.icon - b.icon; });

  const pageSize = 24;
  let current = { category: 'all', query: '', page: 0 };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function highlight(title, query) {
    if (!query)
      return escapeHtml(title);
    const at = title.toLowerCase().indexOf(query.toLowerCase());
    if (at < 0)
      return escapeHtml(title);
    return escapeHtml(title.slice(0, at)) + '<mark>' + escapeHtml(title.slice(at, at + query.length))
      + '</mark>' + escapeHtml(title.slice(at + query.length));
  }

  function filtered() {
    const query = current.query.trim().toLowerCase();
    return services.filter(function (service) {
      return (current.category === 'all' || service.category === current.category)
        && (!query || service.title.toLowerCase().indexOf(query) >= 0);
    });
  }

  function renderTabs() {
    const $tabs = $('#categories').empty();
    const all = [{ id: 'all', name: 'Усі послуги' }].concat(categories);
    all.forEach(function (category) {
      const count = category.id === 'all' ? services.length
        : services.filter(function (s) { return s.category === category.id; }).length;
      $('<li class="nav-item">').append(
        $('<a class="nav-link" href="#" role="tab">')
          .toggleClass('active', category.id === current.category)
          .text(category.name)
          .append($('<span class="badge badge-light">').text(count))
          .on('click', function (event) {
            event.preventDefault();
            current.category = category.id;
            current.page = 0;
            render();
          })).appendTo($tabs);
    });
  }

  function renderPages(total) {
    const $pages = $('#pages').empty();
    const count = Math.ceil(total / pageSize);
    for (let i = 0; i < count; ++i) {
      $('<li class="page-item">').toggleClass('active', i === current.page).append(
        $('<a class="page-link" href="#">').text(i + 1).on('click', function (event) {
          event.preventDefault();
          current.page = i;
          render();
        })).appendTo($pages);
    }
  }

  function showDetails(service) {
    const category = categories.find(function (c) { return c.id === service.category; });
    $('#service-modal-title').text(service.title);
    const $body = $('#service-modal-body').empty();
    $('<p>').text('Категорія: ' + category.name).appendTo($body);
    $('<p>').text('Строк надання: ' + service.days + ' робочих днів').appendTo($body);
    $('<p>').text(service.fee ? 'Вартість: ' + service.fee + ' грн' : 'Безоплатно').appendTo($body);
    const $list = $('<ul>').appendTo($body);
    service.documents.forEach(function (d) { $('<li>').text(d).appendTo($list); });
    $('#service-modal').modal('show');
  }

  function render() {
    renderTabs();
    const list = filtered();
    $('#service-count').text('Знайдено послуг: ' + list.length);
    const $grid = $('#service-grid').empty();
    const fragment = document.createDocumentFragment();
    list.slice(current.page * pageSize, (current.page + 1) * pageSize).forEach(function (service) {
      const card = $('<div class="col-md-6 col-lg-4">').append(
        $('<div class="service-card">').attr('data-id', service.id).append(
          $('<img alt="">').attr('src', '/img/icon-' + String(service.icon).padStart(2, '0') + '.png'),
          $('<div>').append(
            $('<h3>').html(highlight(service.title, current.query)),
            $('<div class="meta">').text(service.days + ' дн. \u00b7 '
              + (service.fee ? service.fee + ' грн' : 'безоплатно')),
            service.online ? $('<div class="meta online">').text('Доступна онлайн') : null)))
        .on('click', function () { showDetails(service); });
      fragment.appendChild(card[0]);
    });
    $grid[0].appendChild(fragment);
    renderPages(list.length);
  }

  function search(query) {
    current.query = query;
    current.page = 0;
    render();
  }

  return { render: render, search: search, services: services, categories: categories };
}());
