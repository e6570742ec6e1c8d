import {describeShots} from './shots.js';

// The whole page is about 3,000 px tall: its first two screens (its navigation,
// the testimonial, the causes and the start of the types) tell its layout; each
// section is shot on its own in its own file.
describeShots('dystonia-guide', {screens: 2});
