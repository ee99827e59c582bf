@echo off
rem Starts DequantLab @VERSION@ on Windows. Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
rem   dequantlab.cmd             opens the window (double-clicking it does too)
rem   dequantlab.cmd presets     runs a command line (dequantlab.cmd --help lists the commands)
rem Launches after the first use a class-data-sharing archive in %LOCALAPPDATA%\DequantLab, written in
rem the background by the first window opened with this Java (see org.dequantlab.SharedArchive).
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>nul
  if errorlevel 1 (
    echo dequantlab: needs Java 17 or newer: install a JDK ^(for example Eclipse Temurin 17 or 21^) or set JAVA_HOME 1>&2
    if "%~1"=="" pause
    exit /b 1
  )
)
set "CACHE=%LOCALAPPDATA%\DequantLab"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
set "ARCHIVE=%CACHE%\dequantlab-@VERSION@.jsa"
rem JIT: export-gif is a short batch job, where the C2 compiler's work costs more than it saves: C1 only.
rem Otherwise C2 starts ten times later than by default, on code that stays hot, not during the launch.
set "JIT=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
if "%~1"=="export-gif" set "JIT=-XX:TieredStopAtLevel=1"
"%JAVA%" "-XX:SharedArchiveFile=%ARCHIVE%" -Xlog:cds=off "-Ddequantlab.cds.archive=%ARCHIVE%" %JIT% -cp "%HERE%lib\*" org.dequantlab.Launcher %*
exit /b %ERRORLEVEL%
