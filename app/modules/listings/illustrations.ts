// Illustrations for the demo listings, drawn by code: one flat pictogram per equipment category (a pump for drainage,
// a drone for aviation rescue …) on a soft background in the colour of its branch of the taxonomy. They stand in for
// product photographs the demo organizations do not have, and every page that shows one marks it 示意图. No text in
// the picture (fonts differ between machines); pure, so a test can draw every category.

type Palette = { main: string; accent: string; light: string; back: string }

/** By the category's branch (4-digit code), else its top level. */
const PALETTES: Record<string, Palette> = {
	'0101': { main: '#155e75', accent: '#0891b2', light: '#a5f3fc', back: '#ecfeff' },
	'0102': { main: '#1e40af', accent: '#3b82f6', light: '#bfdbfe', back: '#eff6ff' },
	'0201': { main: '#92400e', accent: '#d97706', light: '#fde68a', back: '#fffbeb' },
	'0202': { main: '#3f6212', accent: '#65a30d', light: '#d9f99d', back: '#f7fee7' },
	'0301': { main: '#9a3412', accent: '#ea580c', light: '#fed7aa', back: '#fff7ed' },
	'0302': { main: '#9f1239', accent: '#e11d48', light: '#fecdd3', back: '#fff1f2' },
	'0303': { main: '#991b1b', accent: '#dc2626', light: '#fecaca', back: '#fef2f2' },
	'04': { main: '#3730a3', accent: '#6366f1', light: '#c7d2fe', back: '#eef2ff' },
	'': { main: '#334155', accent: '#64748b', light: '#cbd5e1', back: '#f8fafc' },
}

type Draw = (p: Palette) => string

// Each pictogram is drawn in a 200 × 200 box; the frame scales it to the middle of the picture.
const MOTIFS: Record<string, Draw> = {
	seismograph: (p) =>
		`<path d="M20 150 L75 70 L105 110 L130 80 L180 150 Z" fill="${p.light}"/><rect x="35" y="40" width="130" height="85" rx="10" fill="${p.main}"/><rect x="45" y="50" width="110" height="65" rx="4" fill="#fff"/><polyline points="50,85 70,85 78,60 88,105 98,70 106,95 114,85 150,85" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linejoin="round"/><rect x="85" y="125" width="30" height="18" fill="${p.main}"/><rect x="60" y="143" width="80" height="10" rx="5" fill="${p.main}"/>`,
	rainGauge: (p) =>
		`<ellipse cx="95" cy="55" rx="45" ry="25" fill="${p.accent}"/><ellipse cx="125" cy="50" rx="35" ry="22" fill="${p.main}"/><path d="M70 95 l-8 16 M95 95 l-8 16 M120 95 l-8 16" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/><rect x="145" y="80" width="22" height="95" rx="4" fill="#fff" stroke="${p.main}" stroke-width="5"/><rect x="150" y="125" width="12" height="45" fill="${p.accent}"/><path d="M150 100 h8 M150 112 h8" stroke="${p.main}" stroke-width="3"/><path d="M15 165 q20 -12 40 0 t40 0 t40 0" fill="none" stroke="${p.accent}" stroke-width="7" stroke-linecap="round"/>`,
	watchTower: (p) =>
		`<path d="M40 175 L60 95 L80 175 Z" fill="${p.accent}"/><path d="M25 175 L50 120 L75 175 Z" fill="${p.main}"/><path d="M115 175 L130 60 M165 175 L150 60 M120 135 L160 135 M124 105 L156 105" stroke="${p.main}" stroke-width="6" stroke-linecap="round"/><rect x="118" y="38" width="44" height="26" rx="4" fill="${p.main}"/><circle cx="140" cy="51" r="8" fill="${p.light}"/><path d="M170 40 q15 11 0 22" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/>`,
	detector: (p) =>
		`<rect x="65" y="30" width="70" height="145" rx="16" fill="${p.main}"/><rect x="76" y="45" width="48" height="36" rx="4" fill="${p.light}"/><path d="M82 70 l10 -12 l8 8 l14 -14" fill="none" stroke="${p.main}" stroke-width="4"/><circle cx="100" cy="110" r="13" fill="${p.accent}"/><circle cx="84" cy="145" r="6" fill="#fff"/><circle cx="100" cy="145" r="6" fill="#fff"/><circle cx="116" cy="145" r="6" fill="#fff"/><rect x="92" y="15" width="16" height="18" rx="3" fill="${p.accent}"/><path d="M145 55 q14 15 0 30 M157 45 q24 25 0 50" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/>`,
	smokeAlarm: (p) =>
		`<rect x="20" y="30" width="160" height="12" rx="4" fill="${p.light}"/><ellipse cx="100" cy="62" rx="62" ry="20" fill="${p.main}"/><rect x="38" y="42" width="124" height="20" fill="${p.main}"/><circle cx="100" cy="60" r="8" fill="${p.accent}"/><path d="M60 110 q20 -15 40 0 t40 0 M50 140 q25 -18 50 0 t50 0 M62 170 q19 -12 38 0 t38 0" fill="none" stroke="${p.accent}" stroke-width="7" stroke-linecap="round"/>`,
	mineMonitor: (p) =>
		`<path d="M30 180 L30 90 Q100 20 170 90 L170 180 Z" fill="${p.main}"/><path d="M50 180 L50 100 Q100 48 150 100 L150 180 Z" fill="${p.light}"/><rect x="70" y="110" width="60" height="45" rx="6" fill="${p.main}"/><polyline points="76,140 88,128 98,136 110,120 124,126" fill="none" stroke="${p.light}" stroke-width="4"/><circle cx="100" cy="90" r="9" fill="${p.accent}"/>`,
	barrel: (p) =>
		`<rect x="50" y="50" width="80" height="120" rx="10" fill="${p.main}"/><rect x="50" y="80" width="80" height="8" fill="${p.accent}"/><rect x="50" y="132" width="80" height="8" fill="${p.accent}"/><path d="M90 96 l14 24 h-28 Z" fill="${p.light}"/><path d="M150 95 q10 18 0 26 q-10 -8 0 -26 Z" fill="${p.accent}"/><path d="M160 130 q8 14 0 20 q-8 -6 0 -20 Z" fill="${p.accent}"/><rect x="20" y="170" width="160" height="8" rx="4" fill="${p.light}"/>`,
	respirator: (p) =>
		`<rect x="118" y="40" width="38" height="120" rx="19" fill="${p.accent}"/><rect x="128" y="28" width="18" height="16" rx="3" fill="${p.main}"/><path d="M45 70 Q45 40 80 40 Q115 40 115 70 L115 110 Q115 150 80 150 Q45 150 45 110 Z" fill="${p.main}"/><ellipse cx="80" cy="82" rx="24" ry="20" fill="${p.light}"/><circle cx="80" cy="128" r="14" fill="${p.accent}"/><path d="M94 128 Q120 150 137 150" fill="none" stroke="${p.main}" stroke-width="6"/>`,
	suit: (p) =>
		`<circle cx="100" cy="40" r="22" fill="${p.main}"/><rect x="86" y="32" width="28" height="14" rx="6" fill="${p.light}"/><path d="M62 70 Q100 58 138 70 L150 125 L135 128 L128 95 L128 180 L106 180 L100 130 L94 180 L72 180 L72 95 L65 128 L50 125 Z" fill="${p.accent}"/><rect x="72" y="110" width="56" height="8" fill="${p.light}"/><path d="M100 66 L100 110" stroke="${p.main}" stroke-width="4"/>`,
	helmet: (p) =>
		`<path d="M40 130 Q40 55 100 55 Q160 55 160 130 Z" fill="${p.accent}"/><path d="M92 55 L92 128 M108 55 L108 128" stroke="${p.main}" stroke-width="6"/><rect x="25" y="128" width="150" height="16" rx="8" fill="${p.main}"/><rect x="60" y="150" width="80" height="24" rx="8" fill="${p.light}"/><circle cx="100" cy="88" r="10" fill="${p.light}"/>`,
	rope: (p) =>
		`<circle cx="80" cy="105" r="55" fill="none" stroke="${p.accent}" stroke-width="14"/><circle cx="80" cy="105" r="33" fill="none" stroke="${p.main}" stroke-width="10"/><path d="M135 45 Q170 45 170 75 L170 130 Q170 160 145 160 Q120 160 120 130 L120 75 Q120 45 135 45 Z" fill="none" stroke="${p.main}" stroke-width="10"/><rect x="160" y="85" width="20" height="30" rx="4" fill="${p.accent}"/>`,
	exitSign: (p) =>
		`<rect x="25" y="45" width="150" height="110" rx="10" fill="${p.accent}"/><rect x="115" y="60" width="45" height="80" fill="#fff"/><circle cx="70" cy="68" r="10" fill="#fff"/><path d="M70 80 L60 108 L45 120 M62 100 L80 112 L90 135 M66 88 L88 96 L98 86" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/><path d="M125 100 h25 l-8 -8 M150 100 l-8 8" stroke="${p.main}" stroke-width="5" fill="none"/><rect x="40" y="160" width="120" height="14" rx="4" fill="${p.main}"/>`,
	shield: (p) =>
		`<path d="M100 25 L165 50 L160 110 Q150 160 100 180 Q50 160 40 110 L35 50 Z" fill="${p.main}"/><path d="M100 45 L148 63 L144 108 Q136 146 100 162 Q64 146 56 108 L52 63 Z" fill="${p.light}"/><path d="M105 65 L80 112 L100 112 L92 145 L122 95 L102 95 L112 65 Z" fill="${p.accent}"/>`,
	capsule: (p) =>
		`<rect x="15" y="60" width="170" height="100" rx="50" fill="${p.main}"/><rect x="35" y="80" width="40" height="30" rx="8" fill="${p.light}"/><rect x="85" y="80" width="40" height="30" rx="8" fill="${p.light}"/><rect x="135" y="75" width="32" height="70" rx="6" fill="${p.accent}"/><circle cx="160" cy="112" r="4" fill="#fff"/><rect x="40" y="160" width="20" height="18" fill="${p.main}"/><rect x="140" y="160" width="20" height="18" fill="${p.main}"/>`,
	generator: (p) =>
		`<rect x="25" y="60" width="150" height="95" rx="10" fill="${p.main}"/><rect x="40" y="75" width="65" height="65" rx="6" fill="${p.light}"/><path d="M78 82 L58 112 L74 112 L66 134 L90 102 L74 102 L84 82 Z" fill="${p.accent}"/><circle cx="140" cy="90" r="14" fill="${p.accent}"/><rect x="122" y="118" width="36" height="8" rx="4" fill="${p.light}"/><rect x="40" y="155" width="24" height="16" fill="${p.main}"/><rect x="136" y="155" width="24" height="16" fill="${p.main}"/><rect x="60" y="45" width="80" height="15" rx="4" fill="${p.accent}"/>`,
	radio: (p) =>
		`<rect x="60" y="55" width="80" height="125" rx="14" fill="${p.main}"/><rect x="118" y="15" width="12" height="45" rx="4" fill="${p.main}"/><rect x="72" y="70" width="56" height="34" rx="4" fill="${p.light}"/><circle cx="100" cy="140" r="20" fill="${p.accent}"/><circle cx="100" cy="140" r="8" fill="${p.light}"/><path d="M150 50 q16 16 0 32 M162 38 q28 28 0 56 M50 50 q-16 16 0 32 M38 38 q-28 28 0 56" fill="none" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>`,
	lightTower: (p) =>
		`<path d="M40 45 L100 20 L160 45 L100 95 Z" fill="${p.light}" opacity="0.8"/><rect x="55" y="30" width="90" height="30" rx="6" fill="${p.main}"/><circle cx="75" cy="45" r="9" fill="#fff"/><circle cx="100" cy="45" r="9" fill="#fff"/><circle cx="125" cy="45" r="9" fill="#fff"/><rect x="94" y="60" width="12" height="80" fill="${p.main}"/><rect x="45" y="138" width="110" height="30" rx="6" fill="${p.accent}"/><circle cx="65" cy="172" r="10" fill="${p.main}"/><circle cx="135" cy="172" r="10" fill="${p.main}"/>`,
	tent: (p) =>
		`<path d="M100 35 L180 165 L20 165 Z" fill="${p.accent}"/><path d="M100 35 L130 165 L70 165 Z" fill="${p.main}"/><path d="M100 90 L118 165 L82 165 Z" fill="${p.light}"/><path d="M100 35 L100 18" stroke="${p.main}" stroke-width="5"/><path d="M100 18 L122 26 L100 33" fill="${p.accent}"/><rect x="10" y="165" width="180" height="8" rx="4" fill="${p.main}"/>`,
	truck: (p) =>
		`<rect x="15" y="65" width="110" height="80" rx="6" fill="${p.accent}"/><path d="M125 85 L160 85 L185 115 L185 145 L125 145 Z" fill="${p.main}"/><path d="M133 93 L157 93 L175 115 L133 115 Z" fill="${p.light}"/><rect x="30" y="80" width="80" height="10" rx="3" fill="${p.light}"/><rect x="30" y="98" width="55" height="10" rx="3" fill="${p.light}"/><rect x="140" y="72" width="22" height="10" rx="3" fill="${p.accent}"/><circle cx="50" cy="150" r="17" fill="${p.main}"/><circle cx="50" cy="150" r="7" fill="${p.light}"/><circle cx="150" cy="150" r="17" fill="${p.main}"/><circle cx="150" cy="150" r="7" fill="${p.light}"/>`,
	lifeDetector: (p) =>
		`<path d="M20 170 L60 130 L90 150 L130 110 L180 170 Z" fill="${p.light}"/><rect x="70" y="30" width="60" height="70" rx="8" fill="${p.main}"/><polyline points="76,66 88,66 94,50 102,82 108,60 114,66 124,66" fill="none" stroke="${p.light}" stroke-width="4" stroke-linejoin="round"/><rect x="95" y="100" width="10" height="40" fill="${p.main}"/><path d="M60 125 q40 -25 80 0 M45 145 q55 -35 110 0" fill="none" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>`,
	spreader: (p) =>
		`<rect x="20" y="85" width="80" height="30" rx="10" fill="${p.main}"/><rect x="5" y="92" width="20" height="16" rx="4" fill="${p.accent}"/><path d="M100 90 L175 45 L182 58 L112 100 Z" fill="${p.accent}"/><path d="M100 110 L175 155 L182 142 L112 100 Z" fill="${p.accent}"/><circle cx="108" cy="100" r="12" fill="${p.light}"/><rect x="40" y="115" width="14" height="45" rx="4" fill="${p.main}"/>`,
	stretcher: (p) =>
		`<rect x="20" y="105" width="160" height="16" rx="8" fill="${p.main}"/><rect x="35" y="90" width="130" height="18" rx="6" fill="${p.light}"/><path d="M45 121 L35 160 M155 121 L165 160" stroke="${p.main}" stroke-width="8" stroke-linecap="round"/><circle cx="35" cy="165" r="8" fill="${p.main}"/><circle cx="165" cy="165" r="8" fill="${p.main}"/><rect x="80" y="25" width="40" height="55" rx="4" fill="${p.accent}"/><rect x="65" y="40" width="70" height="25" rx="4" fill="${p.accent}"/><rect x="92" y="33" width="16" height="40" fill="#fff"/><rect x="78" y="45" width="44" height="16" fill="#fff"/>`,
	pump: (p) =>
		`<rect x="20" y="80" width="90" height="70" rx="10" fill="${p.main}"/><circle cx="65" cy="115" r="24" fill="${p.light}"/><circle cx="65" cy="115" r="10" fill="${p.accent}"/><path d="M110 95 L150 95 Q170 95 170 115 L170 125" fill="none" stroke="${p.main}" stroke-width="16"/><path d="M163 135 q-10 20 -4 30 M177 135 q8 18 2 32 M170 140 L170 172" fill="none" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/><rect x="30" y="150" width="70" height="10" rx="4" fill="${p.main}"/><path d="M20 180 q15 -10 30 0 t30 0 t30 0 t30 0 t30 0" fill="none" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>`,
	extinguisher: (p) =>
		`<rect x="70" y="60" width="60" height="120" rx="22" fill="${p.accent}"/><rect x="70" y="110" width="60" height="26" fill="#fff"/><rect x="88" y="40" width="24" height="22" fill="${p.main}"/><path d="M80 38 L125 30 L125 40 L88 44 Z" fill="${p.main}"/><path d="M112 44 Q150 44 150 80 L150 120" fill="none" stroke="${p.main}" stroke-width="7"/><path d="M145 120 L155 120 L160 140 L140 140 Z" fill="${p.main}"/><path d="M100 116 l7 12 h-14 Z" fill="${p.accent}"/>`,
	tunnel: (p) =>
		`<path d="M15 180 L15 100 Q100 10 185 100 L185 180 Z" fill="${p.main}"/><path d="M45 180 L45 110 Q100 50 155 110 L155 180 Z" fill="${p.light}"/><path d="M45 180 L80 120 L120 120 L155 180 Z" fill="${p.back}"/><circle cx="100" cy="78" r="10" fill="${p.accent}"/><path d="M100 88 L70 160 L130 160 Z" fill="${p.accent}" opacity="0.35"/>`,
	hazmat: (p) =>
		`<rect x="30" y="60" width="70" height="110" rx="8" fill="${p.main}"/><rect x="30" y="90" width="70" height="7" fill="${p.accent}"/><rect x="30" y="135" width="70" height="7" fill="${p.accent}"/><path d="M140 55 L180 95 L140 135 L100 95 Z" fill="${p.accent}"/><path d="M140 70 L165 95 L140 120 L115 95 Z" fill="#fff"/><rect x="136" y="82" width="8" height="18" fill="${p.main}"/><circle cx="140" cy="108" r="4" fill="${p.main}"/><path d="M115 160 h60" stroke="${p.light}" stroke-width="10" stroke-linecap="round"/>`,
	lifebuoy: (p) =>
		`<path d="M10 160 q20 -14 40 0 t40 0 t40 0 t40 0 t40 0" fill="none" stroke="${p.light}" stroke-width="10" stroke-linecap="round"/><circle cx="100" cy="95" r="60" fill="${p.accent}"/><circle cx="100" cy="95" r="30" fill="${p.back}"/><path d="M100 35 A60 60 0 0 1 143 53 L121 74 A30 30 0 0 0 100 65 Z M160 95 A60 60 0 0 1 143 137 L121 116 A30 30 0 0 0 130 95 Z M100 155 A60 60 0 0 1 57 137 L79 116 A30 30 0 0 0 100 125 Z M40 95 A60 60 0 0 1 57 53 L79 74 A30 30 0 0 0 70 95 Z" fill="#fff"/>`,
	drone: (p) =>
		`<rect x="70" y="80" width="60" height="30" rx="10" fill="${p.main}"/><path d="M75 90 L40 65 M125 90 L160 65 M75 100 L40 125 M125 100 L160 125" stroke="${p.main}" stroke-width="7" stroke-linecap="round"/><ellipse cx="40" cy="60" rx="28" ry="6" fill="${p.accent}"/><ellipse cx="160" cy="60" rx="28" ry="6" fill="${p.accent}"/><ellipse cx="40" cy="130" rx="28" ry="6" fill="${p.accent}"/><ellipse cx="160" cy="130" rx="28" ry="6" fill="${p.accent}"/><circle cx="100" cy="120" r="10" fill="${p.accent}"/><circle cx="100" cy="120" r="4" fill="${p.light}"/><path d="M80 150 L60 185 L140 185 L120 150 Z" fill="${p.light}" opacity="0.7"/>`,
	excavator: (p) =>
		`<rect x="20" y="140" width="110" height="28" rx="14" fill="${p.main}"/><circle cx="38" cy="154" r="8" fill="${p.light}"/><circle cx="75" cy="154" r="8" fill="${p.light}"/><circle cx="112" cy="154" r="8" fill="${p.light}"/><rect x="30" y="95" width="90" height="45" rx="6" fill="${p.accent}"/><rect x="40" y="70" width="38" height="35" rx="4" fill="${p.accent}"/><rect x="47" y="77" width="24" height="18" fill="${p.light}"/><path d="M115 105 L150 55 L180 95" fill="none" stroke="${p.main}" stroke-width="12" stroke-linejoin="round"/><path d="M168 95 L192 95 L185 125 L160 118 Z" fill="${p.main}"/>`,
	forestFire: (p) =>
		`<path d="M40 170 L40 150 M40 150 L15 150 L40 95 L65 150 Z" fill="${p.main}" stroke="${p.main}" stroke-width="4"/><path d="M110 170 Q70 150 85 110 Q95 130 105 120 Q100 90 125 70 Q125 100 145 110 Q160 125 150 150 Q145 165 110 170 Z" fill="${p.accent}"/><path d="M115 168 Q95 155 105 135 Q112 145 118 140 Q120 125 130 118 Q138 140 135 155 Q130 166 115 168 Z" fill="${p.light}"/><path d="M160 40 q10 15 0 25 M175 30 q14 25 0 45" fill="none" stroke="${p.main}" stroke-width="5" stroke-linecap="round"/>`,
	snowplow: (p) =>
		`<path d="M100 20 L100 80 M74 35 L126 65 M74 65 L126 35" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/><rect x="60" y="105" width="90" height="45" rx="6" fill="${p.main}"/><rect x="110" y="85" width="35" height="25" rx="4" fill="${p.main}"/><rect x="116" y="90" width="22" height="14" fill="${p.light}"/><path d="M20 110 L55 120 L55 150 L15 160 Z" fill="${p.accent}"/><circle cx="80" cy="158" r="13" fill="${p.main}"/><circle cx="130" cy="158" r="13" fill="${p.main}"/><path d="M5 175 h190" stroke="${p.light}" stroke-width="8" stroke-linecap="round"/>`,
	clipboard: (p) =>
		`<rect x="45" y="30" width="110" height="150" rx="10" fill="${p.main}"/><rect x="57" y="45" width="86" height="125" rx="4" fill="#fff"/><rect x="75" y="22" width="50" height="20" rx="6" fill="${p.accent}"/><path d="M68 75 l7 7 l12 -14 M68 105 l7 7 l12 -14 M68 135 l7 7 l12 -14" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/><path d="M98 76 h34 M98 106 h34 M98 136 h34" stroke="${p.light}" stroke-width="7" stroke-linecap="round"/>`,
	team: (p) =>
		`<circle cx="55" cy="70" r="18" fill="${p.accent}"/><path d="M25 150 Q25 100 55 100 Q85 100 85 150 Z" fill="${p.accent}"/><circle cx="145" cy="70" r="18" fill="${p.accent}"/><path d="M115 150 Q115 100 145 100 Q175 100 175 150 Z" fill="${p.accent}"/><circle cx="100" cy="60" r="22" fill="${p.main}"/><path d="M62 165 Q62 98 100 98 Q138 98 138 165 Z" fill="${p.main}"/><path d="M90 120 h20 M100 110 v20" stroke="#fff" stroke-width="7" stroke-linecap="round"/>`,
	logistics: (p) =>
		`<path d="M100 25 L165 55 L100 85 L35 55 Z" fill="${p.light}"/><path d="M35 55 L100 85 L100 165 L35 135 Z" fill="${p.accent}"/><path d="M165 55 L100 85 L100 165 L165 135 Z" fill="${p.main}"/><path d="M67 40 L132 70 L132 95" fill="none" stroke="${p.back}" stroke-width="8"/><path d="M15 180 h45 M80 180 h105" stroke="${p.main}" stroke-width="6" stroke-linecap="round"/>`,
	insurance: (p) =>
		`<path d="M100 25 L160 48 L156 105 Q146 150 100 170 Q54 150 44 105 L40 48 Z" fill="${p.main}"/><path d="M78 70 L100 98 L122 70 M100 98 L100 140 M82 105 h36 M82 122 h36" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/><circle cx="160" cy="150" r="22" fill="${p.accent}"/><circle cx="160" cy="150" r="12" fill="${p.light}"/>`,
}

/** The pictogram of each leaf category of the demo taxonomy; an unknown code draws its branch's or a generic one. */
const MOTIF_OF: Record<string, string> = {
	'010101': 'seismograph',
	'010102': 'rainGauge',
	'010103': 'watchTower',
	'010201': 'detector',
	'010202': 'smokeAlarm',
	'010203': 'mineMonitor',
	'010204': 'barrel',
	'020101': 'respirator',
	'020102': 'suit',
	'020103': 'helmet',
	'020104': 'rope',
	'020105': 'exitSign',
	'020201': 'shield',
	'020202': 'capsule',
	'030101': 'generator',
	'030102': 'radio',
	'030103': 'lightTower',
	'030104': 'tent',
	'030105': 'truck',
	'030201': 'lifeDetector',
	'030202': 'spreader',
	'030203': 'stretcher',
	'030301': 'pump',
	'030302': 'extinguisher',
	'030303': 'tunnel',
	'030304': 'hazmat',
	'030305': 'lifebuoy',
	'030306': 'drone',
	'030307': 'excavator',
	'030308': 'forestFire',
	'030309': 'snowplow',
	'0401': 'clipboard',
	'0402': 'team',
	'0403': 'logistics',
	'0404': 'insurance',
	'01': 'detector',
	'02': 'helmet',
	'03': 'truck',
	'04': 'clipboard',
}

function lookup<T>(table: Record<string, T>, code: string): T | undefined {
	for (let c = code; c; c = c.slice(0, -2)) if (table[c] !== undefined) return table[c]
	return undefined
}

/** The motif a category is drawn with (exposed for tests and for reusing one file per motif and palette). */
export function illustrationKey(categoryCode: string | null): string {
	const code = categoryCode ?? ''
	const motif = lookup(MOTIF_OF, code) ?? 'clipboard'
	const palette = PALETTES[code.slice(0, 4)] ? code.slice(0, 4) : PALETTES[code.slice(0, 2)] ? code.slice(0, 2) : ''
	return `${motif}-${palette || 'plain'}`
}

/** The size the pictures are stored at (drawn on an 800 × 600 canvas): ample for the listing page, quick to make. */
export const ILLUSTRATION_WIDTH = 640
export const ILLUSTRATION_HEIGHT = 480

/** A 4:3 SVG illustration for a listing of this category. */
export function illustrationSvg(categoryCode: string | null): string {
	const code = categoryCode ?? ''
	const p = PALETTES[code.slice(0, 4)] ?? PALETTES[code.slice(0, 2)] ?? PALETTES['']!
	const motif = MOTIFS[lookup(MOTIF_OF, code) ?? 'clipboard']!
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" viewBox="0 0 800 600">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.back}"/><stop offset="1" stop-color="${p.light}"/></linearGradient></defs>
<rect width="800" height="600" fill="url(#bg)"/>
<circle cx="690" cy="90" r="150" fill="#fff" opacity="0.35"/><circle cx="110" cy="560" r="190" fill="#fff" opacity="0.3"/>
<ellipse cx="400" cy="530" rx="260" ry="26" fill="${p.main}" opacity="0.12"/>
<circle cx="400" cy="290" r="255" fill="#fff" opacity="0.55"/>
<g transform="translate(170 60) scale(2.3)">${motif(p)}</g>
</svg>`
}
