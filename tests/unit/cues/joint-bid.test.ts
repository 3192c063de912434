import { describe } from 'vitest';
import { JOINT_BID, JOINT_BID_ACCEPTED, JOINT_BID_REFUSED } from '../../../lib/cues/joint-bid';
import { table } from './table';

describe('joint-bid cues', () => {
  table('JOINT_BID', JOINT_BID, ['本项目不接受联合体投标', '接受联合体投标', '是否接受联合体：否'], ['投标人须独立投标']);
  table('JOINT_BID_REFUSED', JOINT_BID_REFUSED, ['本项目不接受联合体投标', '不允许联合体投标', '是否接受联合体投标：否', '联合体投标：不接受', '联合体不得参与'], [
    '本项目接受联合体投标',
    '允许联合体投标',
    '是否接受联合体投标：是',
  ]);
  table('JOINT_BID_ACCEPTED', JOINT_BID_ACCEPTED, ['本项目接受联合体投标', '允许联合体投标', '是否接受联合体投标：是'], [
    '本项目不接受联合体投标',
    '不允许联合体投标',
    '是否接受联合体投标：否',
  ]);
});
