import { describe, expect, it } from 'vitest';
import { dataBack, settingsBack } from '../../../src/game/screens/back-targets';

describe('back from the settings', () => {
  it('returns to the screen they were opened from, with its own params', () => {
    expect(settingsBack({ from: 'chat', id: 'first-tournament' }, true)).toEqual({
      screen: 'chat',
      params: { id: 'first-tournament' },
    });
  });
  it('without a "from", goes to the hub when someone plays and to the profile screen when nobody does', () => {
    expect(settingsBack({}, true).screen).toBe('hub');
    expect(settingsBack({}, false).screen).toBe('profile');
  });
  it('never comes back to the settings themselves', () => {
    expect(settingsBack({ from: 'settings' }, true).screen).toBe('hub');
  });
});

describe('back from the saved-progress page', () => {
  it('opened from the settings, returns to them, and they keep where they were opened from', () => {
    // Hub → settings → data: `via` is where the settings came from.
    expect(dataBack({ from: 'settings', via: 'debrief', id: 'x' }, true)).toEqual({
      screen: 'settings',
      params: { from: 'debrief', id: 'x' },
    });
  });
  it('after the last player was deleted, the settings lead on to the profile screen, not the hub', () => {
    expect(dataBack({ from: 'settings', via: 'hub' }, false)).toEqual({
      screen: 'settings',
      params: { from: 'profile' },
    });
    // Settings opened from the profile screen need no player.
    expect(dataBack({ from: 'settings', via: 'profile' }, false)).toEqual({
      screen: 'settings',
      params: { from: 'profile' },
    });
  });
  it('opened from a screen that needs a player, goes to the profile screen once nobody is left', () => {
    expect(dataBack({ from: 'hub' }, false)).toEqual({ screen: 'profile', params: {} });
    expect(dataBack({ from: 'hub' }, true)).toEqual({ screen: 'hub', params: {} });
    expect(dataBack({ from: 'profile' }, false)).toEqual({ screen: 'profile', params: {} });
  });
  it('never comes back to itself', () => {
    expect(dataBack({ from: 'data' }, true).screen).toBe('profile');
  });
});
