/// <reference types="astro/client" />
/// <reference types="dystonia-widgets/astro" />
