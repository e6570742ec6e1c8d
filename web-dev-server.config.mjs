import {esbuildPlugin} from '@web/dev-server-esbuild';

/** `npm start`: the demo, served from the TypeScript sources. */
export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8000),
  watch: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  middleware: [
    function demoIndex(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
