import {describeShots} from './shots.js';

describeShots('patient-testimonial');
