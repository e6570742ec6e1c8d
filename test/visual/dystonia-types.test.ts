import {describeShots} from './shots.js';

describeShots('dystonia-types');
