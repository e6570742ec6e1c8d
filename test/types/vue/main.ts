// #region readme
import 'dystonia-widgets';
import type {} from 'dystonia-widgets/vue';
// #endregion readme
