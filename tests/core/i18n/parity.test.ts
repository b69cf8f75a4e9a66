import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/en';
import { languageOfEnvironment, languageOfTag } from '../../../src/core/i18n/language';
import { placeholdersIn, t } from '../../../src/core/i18n/translate';
import { zh } from '../../../src/core/i18n/zh';
import { englishWordsIn } from '../../support/catalogue-words';

/** Text from the document or the file system that either language may quote as it is. */
const NAMES_QUOTED_IN_ENGLISH = ['领导汇总', '汇总-', '备份', '一、', '二、'];

describe('message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('give every message the same placeholders in both languages', () => {
    // The same set: a language may name a placeholder twice where the other says it once.
    const names = (template: string) => [...new Set(placeholdersIn(template))];
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect({ key, names: names(en[key]) }).toEqual({ key, names: names(zh[key]) });
    }
  });

  it('show no Chinese in English outside quoted names', () => {
    for (const [key, text] of Object.entries(en)) {
      let rest = text;
      for (const name of NAMES_QUOTED_IN_ENGLISH) rest = rest.split(name).join('');
      expect({ key, chinese: rest.match(/\p{Script=Han}+/gu) }).toEqual({ key, chinese: null });
    }
  });

  it('show no English words in Chinese outside product and format names', () => {
    for (const [key, text] of Object.entries(zh)) {
      expect({ key, english: englishWordsIn(text) }).toEqual({ key, english: null });
    }
  });

  it('fill named placeholders and leave the template otherwise as it is', () => {
    expect(t('zh', 'cli.validate.notReady', { errors: 3 })).toBe('不可报送：3 个错误');
    expect(t('en', 'cli.validate.notReady', { errors: 3 })).toBe('Not ready to submit: 3 errors');
    expect(t('zh', 'severity.warning')).toBe('警告');
  });
});

describe('choosing the language once', () => {
  it('takes English for a tag starting with en, Chinese otherwise', () => {
    expect(languageOfTag('en-US')).toBe('en');
    expect(languageOfTag('EN-gb')).toBe('en');
    expect(languageOfTag('zh-CN')).toBe('zh');
    expect(languageOfTag('fr-FR')).toBe('zh');
    expect(languageOfTag(undefined)).toBe('zh');
  });

  it('reads LANGUAGE, LC_ALL, LC_MESSAGES, LANG in that order', () => {
    expect(languageOfEnvironment({})).toBe('zh');
    expect(languageOfEnvironment({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageOfEnvironment({ LANGUAGE: 'en:zh', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LANG: '', LC_ALL: 'C.UTF-8' })).toBe('zh');
  });
});
