// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The service centre's load: a bar chart of the waiting time by weekday and a line chart of
// visits over four weeks, drawn with d3 (v3, Debian's libjs-d3) as SVG; and the free slots table.
/* global $, d3 */
'use strict';

window.PortalStats = (function () {
  const days = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'];

  function waitTimes() {
    return days.map(function (day, i) {
      return { day: day, minutes: 12 + ((i * 37) % 29) + (i === 0 ? 15 : 0) };
    });
  }

  function visits() {
    const out = [];
    for (let i = 0; i < 28; ++i)
      out.push({ day: i + 1, count: 140 + Math.round(60 * Math.sin(i / 2.2)) + ((i * 13) % 25) });
    return out;
  }

  function barChart(selector, data) {
    const margin = { top: 10, right: 10, bottom: 30, left: 40 };
    const width = Math.max(320, $(selector).width() || 600) - margin.left - margin.right;
    const height = 220 - margin.top - margin.bottom;
    const x = d3.scale.ordinal().rangeRoundBands([0, width], 0.2).domain(data.map(function (d) { return d.day; }));
    const y = d3.scale.linear().range([height, 0]).domain([0, d3.max(data, function (d) { return d.minutes; })]);
    const svg = d3.select(selector).append('svg')
      .attr('width', width + margin.left + margin.right).attr('height', height + margin.top + margin.bottom)
      .append('g').attr('transform', 'translate(' + margin.left + ',' + margin.top + ')');
    svg.append('g').attr('class', 'x axis').attr('transform', 'translate(0,' + height + ')')
      .call(d3.svg.axis().scale(x).orient('bottom'));
    svg.append('g').attr('class', 'y axis').call(d3.svg.axis().scale(y).orient('left').ticks(5));
    const today = (new Date().getDay() + 6) % 7;
    svg.selectAll('.bar').data(data).enter().append('rect')
      .attr('class', function (d, i) { return i === today ? 'bar today' : 'bar'; })
      .attr('x', function (d) { return x(d.day); }).attr('width', x.rangeBand())
      .attr('y', function (d) { return y(d.minutes); })
      .attr('height', function (d) { return height - y(d.minutes); })
      .append('title').text(function (d) { return d.day + ': ' + d.minutes + ' хв'; });
  }

  function lineChart(selector, data) {
    const margin = { top: 10, right: 10, bottom: 30, left: 40 };
    const width = Math.max(320, $(selector).width() || 600) - margin.left - margin.right;
    const height = 200 - margin.top - margin.bottom;
    const x = d3.scale.linear().range([0, width]).domain(d3.extent(data, function (d) { return d.day; }));
    const y = d3.scale.linear().range([height, 0]).domain([0, d3.max(data, function (d) { return d.count; })]);
    const svg = d3.select(selector).append('svg')
      .attr('width', width + margin.left + margin.right).attr('height', height + margin.top + margin.bottom)
      .append('g').attr('transform', 'translate(' + margin.left + ',' + margin.top + ')');
    svg.append('g').attr('class', 'x axis').attr('transform', 'translate(0,' + height + ')')
      .call(d3.svg.axis().scale(x).orient('bottom').ticks(7));
    svg.append('g').attr('class', 'y axis').call(d3.svg.axis().scale(y).orient('left').ticks(4));
    const line = d3.svg.line().interpolate('monotone')
      .x(function (d) { return x(d.day); }).y(function (d) { return y(d.count); });
    svg.append('path').datum(data).attr('class', 'line').attr('d', line);
    svg.selectAll('.dot').data(data).enter().append('circle').attr('class', 'dot').attr('r', 3)
      .attr('cx', function (d) { return x(d.day); }).attr('cy', function (d) { return y(d.count); });
  }

  function slots() {
    const $body = $('#slots tbody').empty();
    const start = new Date(2026, 11, 7, 9, 0);
    for (let i = 0; i < 18; ++i) {
      const at = new Date(start.getTime() + i * 37 * 60000 + Math.floor(i / 6) * 86400000);
      $('<tr>').append(
        $('<td>').text(at.toLocaleDateString('uk-UA')),
        $('<td>').text(at.toLocaleTimeString('uk-UA', { hour: '2-digit', minute: '2-digit' })),
        $('<td>').text(1 + (i % 6)),
        $('<td>').append($('<button type="button" class="btn btn-sm btn-outline-primary">').text('Обрати')
          .on('click', function () { $(this).closest('tr').addClass('table-success'); })))
        .appendTo($body);
    }
  }

  function render() {
    barChart('#wait-chart', waitTimes());
    lineChart('#visits-chart', visits());
    slots();
    return d3.selectAll('#wait-chart rect, #visits-chart circle').size();
  }

  return { render: render };
}());
