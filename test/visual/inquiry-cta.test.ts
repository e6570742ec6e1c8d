import {describeShots} from './shots.js';

describeShots('inquiry-cta');
