import {describeShots} from './shots.js';

describeShots('clinic-approach');
