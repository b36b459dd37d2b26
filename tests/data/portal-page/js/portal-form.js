// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The application form: built from a description, validated as the citizen types (the tax
// number's check digit, a phone mask, dates), with a progress bar and a summary table. Nothing is
// sent anywhere.
/* global $ */
'use strict';

window.PortalForm = (function () {
  const sections = [
    {
      legend: 'Заявник',
      fields: [
        { name: 'surname', label: 'Прізвище', type: 'text', required: true, pattern: /^[А-ЩЬЮЯҐЄІЇа-щьюяґєії'\u2019 -]{2,40}$/ },
        { name: 'given', label: 'Ім\u2019я', type: 'text', required: true, pattern: /^[А-ЩЬЮЯҐЄІЇа-щьюяґєії'\u2019 -]{2,40}$/ },
        { name: 'patronymic', label: 'По батькові', type: 'text', required: false },
        { name: 'birth', label: 'Дата народження', type: 'date', required: true },
        { name: 'rnokpp', label: 'РНОКПП (ідентифікаційний номер)', type: 'text', required: true, check: 'rnokpp', hint: '10 цифр' },
      ],
    },
    {
      legend: 'Контакти',
      fields: [
        { name: 'phone', label: 'Телефон', type: 'tel', required: true, mask: '+38 (0__) ___-__-__' },
        { name: 'email', label: 'Електронна пошта', type: 'email', required: false, pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/ },
        { name: 'contact', label: 'Як повідомити про готовність', type: 'select', required: true,
          options: ['SMS', 'Електронна пошта', 'Дзвінок', 'Особисто у ЦНАП'] },
      ],
    },
    {
      legend: 'Довідка',
      fields: [
        { name: 'kind', label: 'Вид довідки', type: 'select', required: true,
          options: ['Про місце проживання', 'Про склад сім\u2019ї', 'Про доходи', 'Архівна довідка'] },
        { name: 'purpose', label: 'Мета отримання', type: 'text', required: true },
        { name: 'copies', label: 'Кількість примірників', type: 'number', required: true, min: 1, max: 5 },
        { name: 'address', label: 'Адреса зареєстрованого місця проживання', type: 'text', required: true },
      ],
    },
  ];

  // The tax number's tenth digit: a weighted sum of the first nine, mod 11, mod 10.
  function rnokppValid(value) {
    if (!/^\d{10}$/.test(value))
      return false;
    const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
    let sum = 0;
    for (let i = 0; i < 9; ++i)
      sum += weights[i] * Number(value[i]);
    return ((sum % 11) + 11) % 11 % 10 === Number(value[9]);
  }

  function applyMask(mask, digits) {
    let out = '';
    let d = 0;
    for (let i = 0; i < mask.length && d < digits.length; ++i) {
      if (mask[i] === '_') {
        out += digits[d++];
      } else if (mask[i] === '0' && digits[d] === '0') {
        out += mask[i];
        d += 1;
      } else {
        out += mask[i];
      }
    }
    return out;
  }

  function validate(field, value) {
    if (field.required && !value)
      return 'Обов\u2019язкове поле';
    if (!value)
      return '';
    if (field.pattern && !field.pattern.test(value))
      return 'Перевірте написання';
    if (field.check === 'rnokpp' && !rnokppValid(value))
      return 'Невірна контрольна цифра';
    if (field.type === 'number' && (Number(value) < field.min || Number(value) > field.max))
      return 'Від ' + field.min + ' до ' + field.max;
    if (field.type === 'date' && new Date(value) > new Date())
      return 'Дата у майбутньому';
    if (field.mask && value.replace(/\D/g, '').length !== 12)
      return 'Неповний номер';
    return '';
  }

  const state = {};

  function updateProgress() {
    const all = sections.flatMap(function (s) { return s.fields; });
    const done = all.filter(function (f) { return state[f.name] && !validate(f, state[f.name]); });
    const percent = Math.round(100 * done.length / all.length);
    $('#form-progress').css('width', percent + '%').attr('aria-valuenow', percent).text(percent + '%');
    const $rows = $('#summary-rows').empty();
    done.forEach(function (f) {
      $('<tr>').append($('<th scope="row">').text(f.label), $('<td>').text(state[f.name])).appendTo($rows);
    });
    $('#summary').toggleClass('d-none', done.length === 0);
  }

  function build() {
    const $form = $('#application').empty();
    sections.forEach(function (section) {
      const $fieldset = $('<fieldset class="mb-3">').append($('<legend>').text(section.legend));
      const $row = $('<div class="form-row">').appendTo($fieldset);
      section.fields.forEach(function (field) {
        const id = 'f-' + field.name;
        const $group = $('<div class="form-group col-md-6">').appendTo($row);
        $('<label>').attr('for', id).text(field.label + (field.required ? ' *' : '')).appendTo($group);
        let $input;
        if (field.type === 'select') {
          $input = $('<select class="custom-select">');
          $('<option value="">').text('— оберіть —').appendTo($input);
          field.options.forEach(function (o) { $('<option>').text(o).appendTo($input); });
        } else {
          $input = $('<input class="form-control">').attr('type', field.type);
          if (field.mask)
            $input.attr('placeholder', field.mask);
          if (field.type === 'number')
            $input.attr({ min: field.min, max: field.max });
        }
        $input.attr({ id: id, name: field.name }).appendTo($group);
        if (field.hint)
          $('<div class="hint">').text(field.hint).appendTo($group);
        const $error = $('<div class="error" aria-live="polite">').appendTo($group);
        $input.on('input change', function () {
          let value = $input.val();
          if (field.mask) {
            value = applyMask(field.mask, value.replace(/\D/g, '').replace(/^38/, ''));
            $input.val(value);
          }
          state[field.name] = value;
          const message = validate(field, value);
          $error.text(message);
          $group.toggleClass('invalid', message !== '');
          updateProgress();
        });
      });
      $form.append($fieldset);
    });
    $('<button type="submit" class="btn btn-primary btn-lg">').text('Надіслати заяву').appendTo($form);
    $form.on('submit', function (event) {
      event.preventDefault();
      $form.find('input, select').trigger('change');
    });
    updateProgress();
  }

  // Fills the form as a citizen would, field by field, so every handler runs once.
  function fillExample() {
    const example = {
      surname: 'Коваленко', given: 'Олена', birth: '1984-03-12', rnokpp: '3084512347',
      phone: '0671234567', email: 'olena@example.test', contact: 'SMS',
      kind: 'Про склад сім\u2019ї', purpose: 'Для субсидії', copies: '2',
      address: 'м. Луцьк, вул. Лесі Українки, 1',
    };
    Object.keys(example).forEach(function (name) {
      $('#f-' + name).val(example[name]).trigger('input');
    });
  }

  return { build: build, fillExample: fillExample, rnokppValid: rnokppValid };
}());
