@echo off
rem Starts the Tactician product (Windows). Tactician ships no native launcher, so this script
rem plays its part: it runs Java 21+ (JAVA_HOME, else java on PATH) with the VM options and
rem hands every argument on to the workbench. TACTICIAN_HEAP sets the heap (default 2g).
setlocal
set "HERE=%~dp0"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo tactician: the installation under %HERE% is incomplete ^(no equinox launcher in plugins\^) 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not defined TACTICIAN_HEAP set "TACTICIAN_HEAP=2g"
set "DATA=-data @user.home/tactician-workspace"
echo %* | findstr /C:"-data" >nul && set "DATA="
rem No argument, an option (-data DIR) or a plan file: the workbench. Any other first word is
rem a command (validate, generate, help, or a typo the command line rejects with exit 2).
set "FIRST=%~1"
if "%FIRST%"=="" goto workbench
rem --help, --verbose and any other double-dash word (a mistyped option such as --version) go to
rem the command line; the workbench's own options have one dash (-data).
if "%FIRST:~0,2%"=="--" goto cli
if /I "%FIRST%"=="-h" goto cli
if "%FIRST:~0,1%"=="-" goto workbench
if /I "%~x1"==".mplan" goto workbench
goto cli
:workbench
"%JAVA%" -Xmx%TACTICIAN_HEAP% -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21 "-Djava.util.logging.config.file=%HERE%logging.properties" %TACTICIAN_VMARGS% -jar "%LAUNCHER%" %* %DATA%
exit /b %ERRORLEVEL%
:cli
"%JAVA%" -Xmx%TACTICIAN_HEAP% -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21 "-Djava.util.logging.config.file=%HERE%logging.properties" -Djava.awt.headless=true %TACTICIAN_VMARGS% -jar "%LAUNCHER%" -application org.tactician.cli.commandline -nosplash -data @none %*
exit /b %ERRORLEVEL%
