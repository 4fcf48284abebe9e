/**
 * Reading a child's QR codes with this device's camera: the camera's picture
 * in a video, the reading loop (import/scan-loop.ts) over it, and what it has
 * read so far ("3 of 5 codes read", which are missing). A completed hand-in
 * is imported at once and the camera goes on for the next child's phone.
 * The camera stops with "Stop the camera", when the page is left or hidden,
 * and behind Quick exit. When it cannot open (refused, none, not a secure
 * page, an old browser) it says why and offers pictures of the codes instead.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { cameraProblemOf, type CameraProblem } from '../import/camera-problem';
import type { ImportOutcome } from '../import/outcome';
import { CAMERA_SCALES, openQrReader } from '../import/qr-reader';
import { ScanLoop, type ScanEvent } from '../import/scan-loop';
import { listOf, outcomeText } from '../screens/import-text';
import type { TeacherText } from './text';

export interface CameraScanProps {
  t: TeacherText;
  language: string;
  /** Imports a completed hand-in (its compact text) and says what came of it. */
  onHandIn(payload: string): Promise<ImportOutcome>;
  /** Opens the file picker, for pictures of the codes instead. */
  onPictures(): void;
}

type Phase = 'off' | 'starting' | 'on';
interface Status {
  text: string;
  tone: 'info' | 'done' | 'problem';
}

export function CameraScan({ t, language, onHandIn, onPictures }: CameraScanProps) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const loop = useRef<ScanLoop<HTMLVideoElement> | null>(null);
  /** Counts openings: a camera that opens after "stop" (or after leaving) is closed at once. */
  const opening = useRef(0);
  const [phase, setPhase] = useState<Phase>('off');
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [progress, setProgress] = useState<{ have: number; total: number; missing: number[] } | null>(null);

  const stop = () => {
    opening.current++;
    loop.current?.stop();
    loop.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setPhase('off');
  };

  const onEvent = (event: ScanEvent) => {
    switch (event.kind) {
      case 'progress':
        setProgress(event);
        setStatus(null);
        return;
      case 'already':
        // The phone just read is still in view: what came of it stays on screen until the next one.
        setStatus((now) => (now?.tone === 'done' ? now : { text: t('import.camera.already'), tone: 'info' }));
        return;
      case 'rejected':
        setStatus({ text: t(rejectionKey(event)), tone: 'problem' });
        return;
      case 'complete':
        setProgress({ have: event.total, total: event.total, missing: [] });
        void onHandIn(event.payload).then((outcome) =>
          setStatus({
            text: `${outcomeText(outcome, t, language)} ${t('import.camera.next')}`,
            tone: outcome.status === 'refused' ? 'problem' : 'done',
          }),
        );
    }
  };

  const open = async () => {
    setProblem(null);
    setStatus(null);
    setProgress(null);
    if (!window.isSecureContext) return setProblem('insecure');
    if (!navigator.mediaDevices?.getUserMedia) return setProblem('unsupported');
    const ticket = ++opening.current;
    setPhase('starting');
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch (error) {
      if (ticket === opening.current) {
        setPhase('off');
        setProblem(cameraProblemOf(error));
      }
      return;
    }
    const el = video.current;
    if (ticket !== opening.current || !el) {
      for (const track of media.getTracks()) track.stop();
      return;
    }
    stream.current = media;
    el.srcObject = media;
    try {
      await el.play();
      const reader = await openQrReader();
      if (ticket !== opening.current) return;
      let looks = 0;
      const scan = new ScanLoop<HTMLVideoElement>({
        grab: () => {
          // Behind Quick exit the page is inert: the camera stops with it.
          if (el.closest('[inert]')) {
            stop();
            return null;
          }
          return el.readyState >= 2 && el.videoWidth > 0 ? el : null;
        },
        // Each look at another size (CAMERA_SCALES): a size jsQR misreads is followed by one it reads.
        decode: (frame) => {
          const scale = CAMERA_SCALES[looks++ % CAMERA_SCALES.length]!;
          return reader.read(frame, frame.videoWidth * scale, frame.videoHeight * scale);
        },
        onEvent,
        timer: {
          set: (run, ms) => window.setTimeout(run, ms),
          clear: (h) => window.clearTimeout(h as number),
        },
      });
      loop.current = scan;
      scan.start();
      setPhase('on');
      setStatus({ text: t('import.camera.waiting'), tone: 'info' });
    } catch (error) {
      stop();
      setProblem(cameraProblemOf(error));
    }
  };

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') stop();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      stop();
    };
    // Once: stop() only touches refs and state setters, which stay the same.
  }, []);

  return (
    <div class="camera-scan" data-testid="import-camera">
      <div class="card-actions">
        {phase === 'off' ? (
          <button type="button" class="btn btn-primary" data-testid="camera-open" onClick={() => void open()}>
            {t('import.camera.open')}
          </button>
        ) : (
          <button type="button" class="btn btn-secondary" data-testid="camera-stop" onClick={stop}>
            {t('import.camera.stop')}
          </button>
        )}
      </div>
      {problem && (
        <div class="notice camera-problem" role="alert" data-testid="camera-problem">
          <p>{t(`import.camera.problem.${problem}`)}</p>
          <p>{t('import.camera.instead')}</p>
          <button type="button" class="btn btn-secondary" data-testid="camera-pictures" onClick={onPictures}>
            {t('import.camera.choosePictures')}
          </button>
        </div>
      )}
      <div class="camera-view" hidden={phase === 'off'}>
        <video
          ref={video}
          class="camera-video"
          muted
          playsInline
          aria-label={t('import.camera.videoLabel')}
        />
      </div>
      <div role="status" class="camera-status" data-testid="camera-status">
        {phase === 'starting' && <p>{t('import.camera.starting')}</p>}
        {phase !== 'off' && progress && (
          <p class="camera-progress" data-testid="camera-progress">
            {t('import.camera.progress', { have: progress.have, total: progress.total })}
            {progress.missing.length > 0 &&
              ` ${t('import.camera.missing', { list: listMissing(progress.missing, language) })}`}
          </p>
        )}
        {status && (
          <p class={`camera-message camera-${status.tone}`} data-testid="camera-message">
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}

function rejectionKey(event: Extract<ScanEvent, { kind: 'rejected' }>): string {
  if (event.reason === 'wrong-version')
    return event.newer === false ? 'import.camera.olderVersion' : 'import.camera.newerVersion';
  return `import.camera.${event.reason}`;
}

/** A long list of missing codes is said as its first few: the rest follow as the phone shows them. */
function listMissing(missing: number[], language: string): string {
  if (missing.length <= 8) return listOf(missing.map(String), language);
  return `${missing.slice(0, 8).join(', ')}…`;
}
