/**
 * Profile screen ("who is playing?"): pick a player on this device, or
 * someone new makes a profile (nickname — never a real name, with a kind
 * hint when it looks like one —, avatar, age, optional class code).
 */
import type { VNode } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { AgeBand, Avatar as AvatarName } from '../../format/taxonomy';
import { NICKNAME_MAX, nicknameProblem } from '../../store/index';
import type { App } from '../app';
import { makeNickname } from '../nickname';
import { SCREENS } from '../screen-names';
import type { ProfileData } from '../services/types';
import { PLAYER_AVATARS } from '../ui/avatar';
import { Avatar } from '../ui/avatar-view';
import { MemoryNotice } from '../ui/memory-notice';
import { TopBar } from '../ui/top-bar';
import { AGE_CHOICES, cleanClassCode, cleanNickname, randomPlayerAvatar } from './profile-form';
import { looksLikeRealName } from './real-name';

interface ProfileScreenProps {
  app: App;
  profiles: ProfileData[];
  /** The store key of the "your progress was lost" note, shown once; null when there is none. */
  lostKey: string | null;
}

function ProfileScreen({ app, profiles, lostKey }: ProfileScreenProps) {
  const progress = app.services.progress;
  const pick = async (p: ProfileData) => {
    await app.useProfile(p);
    await app.go(SCREENS.hub);
  };
  return (
    <main class="screen screen-profile" data-testid="screen-profile">
      <TopBar app={app} />
      <div class="panel">
        <h1>{app.t('profile.title')}</h1>
        {progress.mode === 'memory' && <MemoryNotice app={app} reason={progress.reason} />}
        {lostKey && (
          <p class="notice" data-testid="lost-notice" role="note">
            {app.services.i18n.t(lostKey, { ns: 'store' })}
          </p>
        )}
        {profiles.length > 0 && (
          <>
            <h2>{app.t('profile.pick')}</h2>
            <ul class="profile-list" aria-label={app.t('profile.pick')}>
              {profiles.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    class="profile-pick"
                    data-testid="profile-pick"
                    onClick={() => void pick(p)}
                  >
                    <Avatar avatar={p.avatar} size={48} />
                    <span>{p.nickname}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <NewProfileForm
          app={app}
          open={profiles.length === 0}
          someoneElse={profiles.length > 0}
          strangerAvatars={app.services.scenarios.list().flatMap((e) => e.strangerAvatars)}
        />
        <p class="data-link">
          <button
            type="button"
            class="btn btn-ghost"
            data-testid="open-data"
            onClick={() => void app.go(SCREENS.data, { from: SCREENS.profile })}
          >
            {app.t('data.open')}
          </button>
        </p>
      </div>
    </main>
  );
}

interface NewProfileFormProps {
  app: App;
  open: boolean;
  /** Players already exist: the summary reads "someone new". */
  someoneElse: boolean;
  /** Avatars the stories' strangers wear: never given at random. */
  strangerAvatars: string[];
}

function NewProfileForm({ app, open, someoneElse, strangerAvatars }: NewProfileFormProps) {
  const lists = { first: app.t('nick.first'), second: app.t('nick.second'), pattern: app.t('nick.pattern') };
  const [nickname, setNickname] = useState(() => makeNickname(lists));
  const [avatar, setAvatar] = useState<AvatarName>(() => randomPlayerAvatar(PLAYER_AVATARS, strangerAvatars));
  const [band, setBand] = useState<AgeBand | null>(null);
  const [classCode, setClassCode] = useState('');
  const [error, setError] = useState('');
  const nickInput = useRef<HTMLInputElement>(null);
  const bands = useRef<HTMLFieldSetElement>(null);
  const id = useId();
  const nickId = `nick-${id}`;
  const noteId = `nick-note-${id}`;
  const classId = `class-${id}`;
  const realNameId = `nick-real-${id}`;
  const realName = looksLikeRealName(cleanNickname(nickname), {
    commonNames: app.t('profile.commonNames'),
    nicknameWords: `${lists.first},${lists.second}`,
  });

  const suggest = () => {
    const next = makeNickname(lists);
    setNickname(next);
    app.announce(next);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const name = cleanNickname(nickname);
    const problem = nicknameProblem(name);
    if (problem) {
      setError(
        app.services.i18n.t(`nickname.${problem}`, {
          ns: 'store',
          max: NICKNAME_MAX,
          defaultValue: app.t('profile.errorNickname'),
        }),
      );
      nickInput.current?.focus();
      return;
    }
    if (!band) {
      setError(app.t('profile.errorBand'));
      bands.current?.querySelector('input')?.focus();
      return;
    }
    const code = cleanClassCode(classCode);
    try {
      const profile = await app.services.progress.createProfile({
        nickname: name,
        avatar,
        ageBand: band,
        ...(code ? { classCode: code } : {}),
      });
      // Settings chosen before the profile existed (text size, contrast…) become its own.
      await app.services.progress.updateSettings(profile.id, app.settings);
      await app.useProfile(profile);
      await app.go(SCREENS.hub);
    } catch (err) {
      const code = (err as { code?: string }).code;
      setError(
        code
          ? app.services.i18n.t(code, { ns: 'store', defaultValue: app.t('profile.errorSave') })
          : app.t('profile.errorSave'),
      );
    }
  };

  return (
    <details class="new-profile" open={open}>
      <summary data-testid="new-profile">{app.t(someoneElse ? 'profile.someoneNew' : 'profile.new')}</summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <label for={nickId}>{app.t('profile.nickname')}</label>
        <div class="row">
          <input
            ref={nickInput}
            id={nickId}
            type="text"
            maxLength={NICKNAME_MAX}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={realName ? `${noteId} ${realNameId}` : noteId}
            required
            data-testid="nickname"
            value={nickname}
            onInput={(e) => setNickname(e.currentTarget.value)}
          />
          <button type="button" class="btn btn-secondary" data-testid="suggest-nickname" onClick={suggest}>
            {app.t('profile.suggest')}
          </button>
        </div>
        <p class="hint" id={noteId}>
          {app.t('profile.noRealName')}
        </p>
        {/* A kind nudge, never a refusal: the child may still keep the name. */}
        <div class="real-name-hint" aria-live="polite">
          {realName && (
            <p class="notice" id={realNameId} data-testid="real-name-hint">
              <span>{app.t('profile.realNameHint')}</span>{' '}
              <button type="button" class="btn btn-secondary" data-testid="make-one-up" onClick={suggest}>
                {app.t('profile.makeOneUp')}
              </button>
            </p>
          )}
        </div>

        {/* Avatar: a radio group, so it works with arrow keys and screen readers. */}
        <fieldset class="avatar-picker">
          <legend>{app.t('profile.avatar')}</legend>
          {PLAYER_AVATARS.map((a) => (
            <span class="avatar-option" key={a}>
              <input
                type="radio"
                name="avatar"
                id={`av-${id}-${a}`}
                value={a}
                checked={a === avatar}
                onChange={() => setAvatar(a)}
              />
              <label for={`av-${id}-${a}`}>
                <Avatar avatar={a} size={52} />
                <span class="visually-hidden">{app.t(`avatar.${a}`)}</span>
              </label>
            </span>
          ))}
        </fieldset>

        <fieldset class="band-picker" ref={bands}>
          <legend>{app.t('profile.ageBand')}</legend>
          {AGE_CHOICES.map(({ label, band: b }) => (
            <span class="band-option" key={b}>
              <input
                type="radio"
                name="band"
                id={`band-${id}-${b}`}
                value={b}
                data-testid={`band-${b}`}
                checked={band === b}
                onChange={() => setBand(b)}
              />
              <label for={`band-${id}-${b}`}>{app.t(label)}</label>
            </span>
          ))}
        </fieldset>

        <label for={classId}>{app.t('profile.classCode')}</label>
        <input
          id={classId}
          type="text"
          maxLength={16}
          autocomplete="off"
          data-testid="class-code"
          value={classCode}
          onInput={(e) => setClassCode(e.currentTarget.value)}
        />

        <p class="form-error" role="alert">
          {error}
        </p>
        <button class="btn btn-primary" type="submit" data-testid="create-profile">
          {app.t('profile.create')}
        </button>
      </form>
    </details>
  );
}

/** Loads the players on this device and builds the profile screen. */
export async function profileView(app: App): Promise<VNode> {
  const profiles = await app.services.progress.listProfiles();
  let lostKey: string | null = null;
  if (app.services.progressLost) {
    // Said once: the browser threw away this device's saved progress after a crash.
    lostKey = app.services.progressLost === 'some' ? 'lost.partial' : 'lost.note';
    app.services.progressLost = false;
  }
  return <ProfileScreen app={app} profiles={profiles} lostKey={lostKey} />;
}
