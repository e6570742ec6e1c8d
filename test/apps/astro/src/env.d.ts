// #region docs
/// <reference types="dystonia-widgets/astro" />
// #endregion docs
