import { describe, expect, it } from 'vitest';
import { emptyFormData } from './empty-form-data.ts';
import { parseFormData } from './form-data.ts';

describe('parseFormData', () => {
  it('reads XML below its root element, with namespaces dropped and numbers typed', () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><GrantApplication xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<budget><amountRequested>150000</amountRequested></budget><project><title>Sag</title><code>007</code></project>' +
      '</GrantApplication>';
    expect(parseFormData('application/xml; charset=utf-8', xml)).toEqual({
      budget: { amountRequested: 150000 },
      project: { title: 'Sag', code: '007' },
    });
  });

  it('reads JSON as it is, and an empty XML root as an empty object', () => {
    expect(parseFormData('application/json', '{"a":{"b":1}}')).toEqual({ a: { b: 1 } });
    expect(parseFormData('application/xml', '<MovingNotice />')).toEqual({});
  });
});

describe('emptyFormData', () => {
  it('is XML rooted at the model class for XML types, JSON for JSON-only types', () => {
    const xml = emptyFormData({
      id: 'model',
      allowedContentTypes: ['application/xml'],
      appLogic: { classRef: 'Tinn.App.Models.MovingNotice' },
    });
    expect(xml.contentType).toBe('application/xml');
    expect(xml.body).toMatch(/<MovingNotice [^>]*\/>$/);
    expect(parseFormData(xml.contentType, xml.body)).toEqual({});
    expect(emptyFormData({ id: 'model', allowedContentTypes: ['application/json'] })).toEqual({
      contentType: 'application/json',
      body: '{}',
    });
  });
});
