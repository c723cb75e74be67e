/** Chinese names of the checks, for sheet notes and reports. */
import type { CheckId } from '../rubric/schema.js';

export const CHECK_LABELS: Record<CheckId, string> = {
  greeting: '开场问候',
  'agent-id': '自报工号',
  closing: '结束语',
  'forbidden-words': '服务禁用语',
  verification: '身份核实',
  'hold-etiquette': '等待礼仪',
  politeness: '礼貌用语',
  interruption: '抢话打断',
  'dead-air': '冷场静默',
  'speech-rate': '语速',
  empathy: '安抚共情',
  resolution: '问题解决',
  'answer-time': '接通时长',
  'first-response': '首次响应',
  'response-latency': '响应时效',
  'handle-time': '处理时长',
  'fact-accuracy': '业务信息准确',
  'no-misinformation': '无错误信息',
  'required-info': '信息收集',
  'record-reference': '提供受理号',
  'survey-offered': '邀请评价',
};
