/**
 * Test helpers for the content script (imported by tests only).
 */
import { DEFAULT_SETTINGS } from '../settings';
import type { ControllerDeps, Send } from './controller';
import { ui } from './ui';

/** A controller's dependencies on happy-dom's document, with the real UI half and no card. */
export function testDeps(send: Send, extra: Partial<ControllerDeps> = {}): ControllerDeps {
  return {
    doc: document,
    url: () => 'http://www.example.gov.cn/plan.html',
    send,
    settings: DEFAULT_SETTINGS,
    card: () => null,
    ensureCard: () => Promise.reject(new Error('no card in this test')),
    ui: async () => ui,
    locale: () => 'zh-CN',
    skip: () => false,
    refineTimeoutMs: 200,
    ...extra,
  };
}
