import {describeShots} from './shots.js';

describeShots('symptom-areas');
