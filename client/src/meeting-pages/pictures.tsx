/**
 * Pictures for the younger child's shared screen, drawn for this product as inline SVG (nothing is
 * fetched): one per agenda step, one per stage of the vicious circle, and push and pull. They are
 * decoration beside words that say the same: hidden from assistive technology.
 */
import type { ReactNode } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import type { VICIOUS_CIRCLE_STAGES } from '@naervaer/shared/vicious-circle';

const INK = '#14212b';
const BRAND = '#1d4f6e';
const SUN = '#f4d35e';
const SKY = '#cfe3f1';
const LEAF = '#7fb77e';
const ROSE = '#e9a0a0';
const SKIN = '#f1c7a1';

function Picture({ children, size = 180, className }: { children: ReactNode; size?: number; className?: string }) {
  return (
    <svg className={`picture ${className ?? ''}`} width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A simple person: head and body, in a colour. */
function Person({ x, y, scale = 1, colour = BRAND }: { x: number; y: number; scale?: number; colour?: string }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <circle cx="0" cy="-14" r="7" fill={SKIN} stroke={INK} strokeWidth="1.5" />
      <path d="M-10 12 Q-10 -4 0 -4 Q10 -4 10 12 Z" fill={colour} stroke={INK} strokeWidth="1.5" />
    </g>
  );
}

function Face({ mood }: { mood: 'glad' | 'worried' }) {
  const mouth = mood === 'glad' ? 'M38 60 Q50 72 62 60' : 'M38 66 Q50 56 62 66';
  return (
    <>
      <circle cx="50" cy="50" r="34" fill={SUN} stroke={INK} strokeWidth="2.5" />
      <circle cx="39" cy="43" r="3.5" fill={INK} />
      <circle cx="61" cy="43" r="3.5" fill={INK} />
      {/* Worried brows rise towards the middle (falling towards it reads as angry). */}
      {mood === 'worried' && <path d="M31 37 L43 32 M69 37 L57 32" stroke={INK} strokeWidth="2.5" strokeLinecap="round" />}
      <path d={mouth} fill="none" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </>
  );
}

function House({ x = 0, y = 0, scale = 1 }: { x?: number; y?: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <path d="M10 45 L50 12 L90 45 Z" fill={ROSE} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
      <rect x="20" y="45" width="60" height="42" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <rect x="43" y="60" width="14" height="27" fill={BRAND} />
      <rect x="26" y="52" width="12" height="12" fill={SKY} stroke={INK} strokeWidth="1.5" />
    </g>
  );
}

function School({ x = 0, y = 0, scale = 1 }: { x?: number; y?: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <rect x="12" y="35" width="76" height="52" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <path d="M8 37 L50 14 L92 37 Z" fill={BRAND} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
      <circle cx="50" cy="28" r="5" fill={SUN} stroke={INK} strokeWidth="1.5" />
      {[20, 40, 60, 70].map((xPos) => (
        <rect key={xPos} x={xPos === 70 ? 66 : xPos} y="46" width="12" height="11" fill={SKY} stroke={INK} strokeWidth="1.5" />
      ))}
      <rect x="43" y="64" width="14" height="23" fill={ROSE} stroke={INK} strokeWidth="1.5" />
    </g>
  );
}

function Book({ x, y, colour }: { x: number; y: number; colour: string }) {
  return <rect x={x} y={y} width="14" height="40" rx="2" fill={colour} stroke={INK} strokeWidth="2" />;
}

const STEP_PICTURES: Record<AgendaStep, ReactNode> = {
  // A waving hand and a smile: welcome.
  welcome: <Face mood="glad" />,
  // Four people side by side: who we are.
  introductions: (
    <>
      <Person x={18} y={62} colour={ROSE} />
      <Person x={40} y={58} colour={LEAF} scale={1.1} />
      <Person x={62} y={62} colour={SUN} />
      <Person x={84} y={58} colour={BRAND} scale={1.1} />
    </>
  ),
  // A speech bubble with a question mark: why are we here?
  purpose: (
    <>
      <path d="M12 18 H88 Q94 18 94 24 V62 Q94 68 88 68 H40 L24 84 L28 68 H12 Q6 68 6 62 V24 Q6 18 12 18 Z" fill={SKY} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
      <text x="50" y="57" textAnchor="middle" fontSize="40" fontWeight="700" fill={BRAND}>
        ?
      </text>
    </>
  ),
  // A table with people round it: how we do it today.
  frames: (
    <>
      <Person x={22} y={50} colour={LEAF} />
      <Person x={50} y={46} colour={ROSE} />
      <Person x={78} y={50} colour={SUN} />
      <rect x="8" y="60" width="84" height="10" rx="3" fill={BRAND} stroke={INK} strokeWidth="2" />
      <path d="M18 70 V90 M82 70 V90" stroke={INK} strokeWidth="3" />
    </>
  ),
  // A heart: how are you now?
  information: <path d="M50 86 C12 60 8 36 24 24 C36 15 47 22 50 32 C53 22 64 15 76 24 C92 36 88 60 50 86 Z" fill={ROSE} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />,
  // A school with a small cloud over it: why is it hard to go to school?
  understanding: (
    <>
      <School y={8} scale={0.92} />
      <path d="M58 20 Q58 8 70 9 Q76 2 84 8 Q96 8 94 20 Z" fill="#dfe5ea" stroke={INK} strokeWidth="2" />
    </>
  ),
  // A board with a plus and a minus note: what helps, and what is hard?
  mapping: (
    <>
      <rect x="6" y="14" width="88" height="66" rx="4" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <rect x="14" y="26" width="32" height="24" rx="8" fill={LEAF} stroke={INK} strokeWidth="2" />
      <text x="30" y="45" textAnchor="middle" fontSize="22" fontWeight="700" fill={INK}>
        +
      </text>
      <path d="M60 26 H78 L86 34 V48 L78 56 H60 L52 48 V34 Z" fill={ROSE} stroke={INK} strokeWidth="2" />
      <text x="69" y="47" textAnchor="middle" fontSize="22" fontWeight="700" fill={INK}>
        −
      </text>
      <path d="M30 80 L24 94 M70 80 L76 94" stroke={INK} strokeWidth="3" />
    </>
  ),
  // A list with ticks: what shall we do?
  measures: (
    <>
      <rect x="16" y="8" width="68" height="84" rx="6" fill="#fff" stroke={INK} strokeWidth="2.5" />
      {[28, 50, 72].map((y) => (
        <g key={y}>
          <path d={`M24 ${y} l5 6 l10 -12`} fill="none" stroke={LEAF} strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
          <path d={`M46 ${y} H74`} stroke={INK} strokeWidth="3" strokeLinecap="round" />
        </g>
      ))}
    </>
  ),
  // A sun: thank you for today.
  closing: (
    <>
      {Array.from({ length: 8 }, (_, i) => (
        <path key={i} d="M50 6 V18" stroke={SUN} strokeWidth="5" strokeLinecap="round" transform={`rotate(${i * 45} 50 50)`} />
      ))}
      <Face mood="glad" />
    </>
  ),
};

/** The picture of an agenda step. */
export function StepPicture({ step }: { step: AgendaStep }) {
  return <Picture className="step-picture">{STEP_PICTURES[step]}</Picture>;
}

type CircleStage = (typeof VICIOUS_CIRCLE_STAGES)[number];

const CIRCLE_PICTURES: Record<CircleStage, ReactNode> = {
  discomfort: <Face mood="worried" />,
  avoidance: <House x={2} y={4} scale={0.95} />,
  relief: <Face mood="glad" />,
  fallingBehind: (
    <>
      <Book x={18} y={46} colour={BRAND} />
      <Book x={36} y={40} colour={LEAF} />
      <Book x={54} y={50} colour={ROSE} />
      <Person x={82} y={70} colour={SUN} scale={0.8} />
    </>
  ),
  negativeThoughts: (
    <>
      <path d="M20 50 Q18 30 38 30 Q44 16 60 22 Q82 18 82 40 Q92 52 78 60 H26 Q12 60 20 50 Z" fill="#dfe5ea" stroke={INK} strokeWidth="2.5" />
      <path d="M34 70 l-4 12 M50 70 l-4 12 M66 70 l-4 12" stroke={BRAND} strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  harderToReturn: (
    <>
      <path d="M6 90 L70 20 L94 90 Z" fill={LEAF} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
      <Person x={24} y={70} colour={SUN} scale={0.7} />
    </>
  ),
  moreAbsence: (
    <>
      <rect x="12" y="18" width="76" height="70" rx="6" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <rect x="12" y="18" width="76" height="16" rx="6" fill={BRAND} />
      {[0, 1, 2, 3].map((col) =>
        [0, 1, 2].map((row) => <path key={`${col}-${row}`} d={`M${22 + col * 18} ${44 + row * 14} l8 8 m0 -8 l-8 8`} stroke={ROSE} strokeWidth="3" strokeLinecap="round" />),
      )}
    </>
  ),
};

/** The picture of a stage of the vicious circle. */
export function CirclePicture({ stage }: { stage: CircleStage }) {
  return (
    <Picture size={90} className="circle-picture">
      {CIRCLE_PICTURES[stage]}
    </Picture>
  );
}

/** Push and pull as one picture: the school on one side, home on the other, the child between. */
export function PushPullPicture() {
  return (
    <svg className="picture pushpull-picture" width="640" height="200" viewBox="0 0 320 100" aria-hidden="true" focusable="false">
      <School x={0} y={2} scale={0.95} />
      <House x={224} y={4} scale={0.95} />
      <Person x={160} y={68} colour={SUN} scale={1.3} />
      <path d="M134 52 H104 m8 -7 l-9 7 l9 7" fill="none" stroke={BRAND} strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" transform="rotate(180 119 52)" />
      <path d="M186 52 H216 m-8 -7 l9 7 l-9 7" fill="none" stroke={ROSE} strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
