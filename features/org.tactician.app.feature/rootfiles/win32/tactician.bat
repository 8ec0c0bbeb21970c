@echo off
rem Starts the Tactician product (Windows). Tactician ships no native launcher, so this script
rem plays its part: it runs Java 21+ (JAVA_HOME, else java on PATH) with the VM options and
rem hands every argument on to the workbench. TACTICIAN_HEAP sets the heap (default 2g, at least
rem 32m, written as the JVM does: digits, then k, m, g or t, or nothing for bytes).
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
rem The heap: a size the JVM understands, and not so small that the platform cannot even start (it
rem would then spend its time collecting garbage instead of saying anything). The floor is 32m in
rem the heap's own unit, so no multiplication can overflow cmd's 32-bit numbers.
set "HEAP_NUM=%TACTICIAN_HEAP%"
set "HEAP_MIN=33554432"
set "HEAP_UNIT=%TACTICIAN_HEAP:~-1%"
if /I "%HEAP_UNIT%"=="k" set "HEAP_MIN=32768"
if /I "%HEAP_UNIT%"=="m" set "HEAP_MIN=32"
if /I "%HEAP_UNIT%"=="g" set "HEAP_MIN=1"
if /I "%HEAP_UNIT%"=="t" set "HEAP_MIN=1"
if not "%HEAP_MIN%"=="33554432" set "HEAP_NUM=%TACTICIAN_HEAP:~0,-1%"
set "HEAP_BAD="
if not defined HEAP_NUM set "HEAP_BAD=1"
for /f "delims=0123456789" %%c in ("%HEAP_NUM%") do set "HEAP_BAD=1"
if defined HEAP_BAD (
  echo tactician: TACTICIAN_HEAP="%TACTICIAN_HEAP%" is no memory size; write it as the JVM does, e.g. TACTICIAN_HEAP=4g or 512m 1>&2
  exit /b 2
)
rem Without leading zeros (cmd reads 08 as a bad octal number); more than nine digits is enough in
rem any unit and more than cmd's numbers hold.
set "HEAP_SIG=0"
for /f "tokens=* delims=0" %%n in ("%HEAP_NUM%") do set "HEAP_SIG=%%n"
if not "%HEAP_SIG:~9%"=="" set "HEAP_SIG=999999999"
if %HEAP_SIG% LSS %HEAP_MIN% (
  echo tactician: TACTICIAN_HEAP=%TACTICIAN_HEAP% is too small to start Tactician ^(it needs at least 32m^); unset it for the default 2g, or e.g. TACTICIAN_HEAP=4g 1>&2
  exit /b 2
)
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
