import { describe, expect, it } from 'vitest';
import { typesetHtml } from '../../src/lib/typeset-html';

const show = (s: string) => s.replace(/\u00a0/g, '⍽');

describe('the typography pass over built pages', () => {
  it('sets each text node by the language it is in, and copies markup as it is', () => {
    const html = '<html lang="ru" dir="ltr"><head><title>В 6 ноября</title></head><body><p class="x" data-a="в 6 ноября">В <a href="/a?b=1&amp;c=2">Вашингтоне</a> - встреча.</p><p lang="en">On 6 November 2025</p></body></html>';
    expect(show(typesetHtml(html))).toBe(
      '<html lang="ru" dir="ltr"><head><title>В⍽6⍽ноября</title></head><body><p class="x" data-a="в 6 ноября">В⍽<a href="/a?b=1&amp;c=2">Вашингтоне</a>⍽— встреча.</p><p lang="en">On 6⍽November 2025</p></body></html>',
    );
  });

  it('leaves verbatim text, seeds and scripts alone', () => {
    const html = '<html lang="ru"><body><q data-verbatim>в 6 ноября - так</q><article data-source-article><p>в 6 ноября</p></article><script>a = "в 6 ноября - x"</script><pre>в 6</pre></body></html>';
    expect(typesetHtml(html)).toBe(html);
  });

  it('isolates Latin runs in right-to-left text, once, and not in text-only elements', () => {
    const html = '<html lang="ar" dir="rtl"><head><title>قمة C5+1</title></head><body><p>قمة C5+1 وموقع Lada.kz، و<bdi>WNAM</bdi> و<span lang="en">Air Astana</span> وطائرات Boeing 787-9.</p></body></html>';
    expect(typesetHtml(html)).toBe(
      '<html lang="ar" dir="rtl"><head><title>قمة C5+1</title></head><body><p>قمة <bdi>C5+1</bdi> وموقع <bdi>Lada.kz</bdi>، و<bdi>WNAM</bdi> و<span lang="en">Air Astana</span> وطائرات <bdi>Boeing 787-9</bdi>.</p></body></html>',
    );
  });

  it('keeps entities escaped', () => {
    const html = '<html lang="en"><body><p>A &amp; B &lt;tag&gt; on 6 November</p></body></html>';
    expect(show(typesetHtml(html))).toBe('<html lang="en"><body><p>A &amp; B &lt;tag&gt; on 6⍽November</p></body></html>');
  });
});
