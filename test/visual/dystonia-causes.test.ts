import {describeShots} from './shots.js';

describeShots('dystonia-causes');
