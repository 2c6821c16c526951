/** The part of web-ext's Node API that devstack/launch/firefox.ts uses (the package ships no types). */
declare module 'web-ext' {
  interface Runner {
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      run(options: Record<string, unknown>, settings: { shouldExitProgram: boolean }): Promise<Runner>;
    };
  };
  export default webExt;
}
