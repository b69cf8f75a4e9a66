import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../src/core/list/names';

describe('splitting lists of units and leaders', () => {
  it('splits on 、 and keeps brackets inside a unit', () => {
    expect(splitNames('县发改局、县住建局（县人防办）、州生态环境局保靖分局')).toEqual({
      names: ['县发改局', '县住建局（县人防办）', '州生态环境局保靖分局'],
      openEnded: false,
      consumed: ['、', '、'],
    });
  });

  it('does not split on a separator inside brackets', () => {
    expect(splitNames('县住建局（县人防办、县城管局）、县水利局').names).toEqual([
      '县住建局（县人防办、县城管局）',
      '县水利局',
    ]);
  });

  it('strips a trailing 等 and records the list as open-ended', () => {
    expect(splitNames('县科工信局、县农业农村局等')).toEqual({
      names: ['县科工信局', '县农业农村局'],
      openEnded: true,
      consumed: ['、', '等'],
    });
    expect(splitNames('县水利局 等').names).toEqual(['县水利局']);
    expect(splitNames('县水利局 等').openEnded).toBe(true);
  });

  it('keeps a lone 等 as a name rather than inventing an empty list', () => {
    expect(splitNames('等')).toEqual({ names: ['等'], openEnded: false, consumed: [] });
  });

  it('accepts commas, semicolons, spaces and a final 。 as separators', () => {
    expect(splitNames('杨志慧，周建武；黄宇 龙文斌　田明。').names).toEqual([
      '杨志慧',
      '周建武',
      '黄宇',
      '龙文斌',
      '田明',
    ]);
  });
});
